/**
 * The timeline strip under the date picker, as data: one tick per day that has events of the
 * ruleset, then "today"; which tick the chosen date selects; where a marker goes for a date between
 * ticks; and where the arrow keys go from a date. Pure: "now" is passed in, and every date is a
 * China date (YYYY-MM-DD, the day in UTC+08:00), never a day of the machine's time zone.
 */

import type { Localized } from '../core/localized';
import { chinaDateOf, endOfChinaDay, parseIsoInstant } from '../core/policy/china-time';
import type { TimelineEvent } from '../core/policy/rule';

export interface TimelineTick {
  /** The event id (the first, when several events share a day), or "today". */
  id: string;
  /** The China date the tick selects: choosing it shows the state at the end of that day. */
  date: string;
  /** The instant of the (first) event, or now for the today tick. */
  at: number;
  titles: Localized[];
  /** Every event of the tick is context: it changed no rule (titles start with "Context:"). */
  context: boolean;
  /** The last tick: today, which selects "now" (no policy date). */
  today: boolean;
}

const isContext = (event: TimelineEvent) => /^context:/i.test(event.title.en.trim());

/** The ticks: the events up to today grouped by China date, in time order, then today. */
export function timelineTicks(events: readonly TimelineEvent[], now: number): TimelineTick[] {
  const today = chinaDateOf(now);
  const dated = events
    .map((event) => {
      const parsed = parseIsoInstant(event.at);
      return parsed.ok ? { event, at: parsed.at } : null;
    })
    .filter((entry): entry is { event: TimelineEvent; at: number } => entry !== null)
    .filter((entry) => chinaDateOf(entry.at) <= today)
    .sort((a, b) => a.at - b.at);
  const ticks: TimelineTick[] = [];
  const contexts: boolean[][] = [];
  for (const { event, at } of dated) {
    const date = chinaDateOf(at);
    const last = ticks[ticks.length - 1];
    if (last && last.date === date) {
      last.titles.push(event.title);
      contexts[contexts.length - 1]?.push(isContext(event));
      continue;
    }
    ticks.push({ id: event.id, date, at, titles: [event.title], context: false, today: false });
    contexts.push([isContext(event)]);
  }
  ticks.forEach((tick, index) => {
    tick.context = contexts[index]?.every(Boolean) ?? false;
  });
  const last = ticks[ticks.length - 1];
  if (last && last.date === today) {
    last.today = true;
    last.context = false;
  } else {
    ticks.push({ id: 'today', date: today, at: now, titles: [], context: false, today: true });
  }
  return ticks;
}

/** The instant a policy date means: the end of that China day; null means now. */
export function instantOf(policyDate: string | null, now: number): number {
  return policyDate === null ? now : (endOfChinaDay(policyDate) ?? now);
}

/** The policy date a tick selects: its day, or null ("now") for today. */
export const tickPolicyDate = (tick: TimelineTick): string | null =>
  tick.today ? null : tick.date;

/** The tick the policy date selects, or -1 when the date falls between ticks. */
export function selectedTick(ticks: readonly TimelineTick[], policyDate: string | null): number {
  if (policyDate === null) return ticks.findIndex((tick) => tick.today);
  return ticks.findIndex((tick) => tick.date === policyDate);
}

/** The tick the arrow keys reach from the policy date: `delta` ticks later (+) or earlier (-). */
export function stepTick(
  ticks: readonly TimelineTick[],
  policyDate: string | null,
  delta: number,
): number {
  if (ticks.length === 0) return -1;
  const clamp = (index: number) => Math.max(0, Math.min(ticks.length - 1, index));
  const selected = selectedTick(ticks, policyDate);
  if (selected !== -1) return clamp(selected + delta);
  const date = policyDate ?? '';
  if (delta > 0) {
    const next = ticks.findIndex((tick) => tick.date > date);
    return clamp((next === -1 ? ticks.length - 1 : next) + delta - 1);
  }
  let previous = -1;
  ticks.forEach((tick, index) => {
    if (tick.date < date) previous = index;
  });
  return clamp((previous === -1 ? 0 : previous) + delta + 1);
}

/** The last tick (not today) at or before the instant: the latest event by then, or -1. */
export function latestTickBy(ticks: readonly TimelineTick[], instant: number): number {
  let found = -1;
  ticks.forEach((tick, index) => {
    if (!tick.today && tick.at <= instant) found = index;
  });
  return found;
}

/**
 * Where the date marker sits, in tick units (0 = first tick, n - 1 = today): on the selected
 * tick, or between the two ticks around the chosen instant, in proportion to time.
 */
export function markerPosition(
  ticks: readonly TimelineTick[],
  policyDate: string | null,
  now: number,
): number {
  const selected = selectedTick(ticks, policyDate);
  if (selected !== -1) return selected;
  const instant = instantOf(policyDate, now);
  const first = ticks[0];
  if (!first || instant <= first.at) return 0;
  for (let index = 0; index + 1 < ticks.length; index++) {
    const from = ticks[index] as TimelineTick;
    const to = ticks[index + 1] as TimelineTick;
    if (instant < to.at) return index + (instant - from.at) / (to.at - from.at);
  }
  return ticks.length - 1;
}

/** The tick that is in the tab order (roving tabindex): the selected one, else the latest by then. */
export function focusableTick(
  ticks: readonly TimelineTick[],
  policyDate: string | null,
  now: number,
): number {
  const selected = selectedTick(ticks, policyDate);
  if (selected !== -1) return selected;
  return Math.max(0, latestTickBy(ticks, instantOf(policyDate, now)));
}

/**
 * Year labels under the strip: each year's label sits in the middle of that year's ticks, and a
 * label closer than `minGap` ticks to the one before it is left out. The today tick has a label of
 * its own, so it is not counted in any year.
 */
export function yearLabels(
  ticks: readonly TimelineTick[],
  minGap = 2,
): { position: number; year: string }[] {
  const spans = new Map<string, { first: number; last: number }>();
  ticks.forEach((tick, index) => {
    if (tick.today && tick.titles.length === 0) return;
    const year = tick.date.slice(0, 4);
    const span = spans.get(year);
    if (span) span.last = index;
    else spans.set(year, { first: index, last: index });
  });
  const labels: { position: number; year: string }[] = [];
  for (const [year, span] of spans) {
    const position = (span.first + span.last) / 2;
    const previous = labels[labels.length - 1];
    if (!previous || position - previous.position >= minGap) labels.push({ position, year });
  }
  return labels;
}

/**
 * Where a ruleset's record starts: the earliest start of one of its rules or instant of one of its
 * events. A rule open at its start (`from: null`) answers for every earlier instant, so such a
 * record has no start. The popup's date picker begins on the start's day, so no date of the record
 * is written in code.
 */
import { parseIsoInstant } from './china-time';
import type { Ruleset } from './rule';

/** Epoch ms of the record's start, or null when a rule is open at its start or nothing is dated. */
export function recordStart(ruleset: Pick<Ruleset, 'rules' | 'events'>): number | null {
  if (ruleset.rules.some((rule) => rule.from === null)) return null;
  const instants = [...ruleset.rules.map((rule) => rule.from), ...ruleset.events.map((e) => e.at)]
    .map((text) => (typeof text === 'string' ? parseIsoInstant(text) : null))
    .flatMap((parsed) => (parsed?.ok ? [parsed.at] : []));
  return instants.length === 0 ? null : Math.min(...instants);
}

/**
 * The timeline strip: one tick per event day and one for today, evenly spaced (the events crowd
 * around late 2021). The ticks form a radio group with one tab stop: arrow keys, Home and End step
 * from event to event and choose that date; a click chooses it too. Hovering or focusing a tick
 * shows its event in one line under the strip; otherwise that line names the latest event by the
 * chosen date.
 */
import type { Locale } from '../core/localized';
import type { TimelineEvent } from '../core/policy/rule';
import { formatChinaDate } from '../shared/format-date';
import { h } from '../ui/dom';
import type { TextLookup } from '../ui/i18n';
import {
  focusableTick,
  instantOf,
  latestTickBy,
  markerPosition,
  selectedTick,
  stepTick,
  type TimelineTick,
  tickPolicyDate,
  timelineTicks,
  yearLabels,
} from './timeline-model';

const STEP_KEYS: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

const percent = (position: number, count: number) =>
  `${count <= 1 ? 0 : (position / (count - 1)) * 100}%`;

export class TimelineView {
  private ticks: TimelineTick[] = [];
  private buttons: HTMLButtonElement[] = [];
  private policyDate: string | null = null;
  private now = Date.now();
  /** The tick under the pointer or with the focus, whose label the caption shows. */
  private pointed: number | null = null;
  private readonly track: HTMLElement;
  private readonly marker: HTMLElement;
  private readonly years: HTMLElement;

  constructor(
    root: HTMLElement,
    private readonly caption: HTMLElement,
    private readonly locale: Locale,
    private readonly t: TextLookup,
    private readonly choose: (policyDate: string | null) => void,
  ) {
    this.marker = h('span', { className: 'timeline-marker', attrs: { 'aria-hidden': 'true' } });
    this.track = h('div', { className: 'timeline-track', attrs: { role: 'radiogroup' } });
    this.years = h('div', { className: 'timeline-years', attrs: { 'aria-hidden': 'true' } });
    root.replaceChildren(this.track, this.years);
    this.track.addEventListener('keydown', (event) => this.onKey(event));
    this.track.addEventListener('pointerleave', () => this.point(null));
    this.track.addEventListener('focusout', (event) => {
      if (!this.track.contains(event.relatedTarget as Node | null)) this.point(null);
    });
  }

  /** Builds the ticks of a ruleset's events (again when the app changes). */
  setEvents(events: readonly TimelineEvent[], appName: string, now: number): void {
    this.now = now;
    this.ticks = timelineTicks(events, now);
    this.track.setAttribute('aria-label', this.t('timelineLabel', [appName]));
    this.buttons = this.ticks.map((tick, index) => this.tickButton(tick, index));
    this.track.replaceChildren(
      h('span', { className: 'timeline-line' }),
      this.marker,
      ...this.buttons,
    );
    const labels = yearLabels(this.ticks).map(({ position, year }) => {
      const label = h('span', { text: year, className: 'timeline-year' });
      label.style.left = percent(position, this.ticks.length);
      return label;
    });
    const todayLabel = h('span', {
      text: this.t('timelineTodayShort'),
      className: 'timeline-year today',
    });
    todayLabel.style.left = '100%';
    this.years.replaceChildren(...labels, todayLabel);
    this.update(this.policyDate);
  }

  /** Shows the chosen date: the checked tick, the tab stop, the marker, the caption. */
  update(policyDate: string | null, now = this.now): void {
    this.policyDate = policyDate;
    this.now = now;
    const selected = selectedTick(this.ticks, policyDate);
    const focusable = focusableTick(this.ticks, policyDate, now);
    this.buttons.forEach((button, index) => {
      button.setAttribute('aria-checked', String(index === selected));
      button.tabIndex = index === focusable ? 0 : -1;
    });
    this.marker.style.left = percent(
      markerPosition(this.ticks, policyDate, now),
      this.ticks.length,
    );
    this.marker.hidden = selected !== -1;
    this.showCaption();
  }

  /** The tick label: "29 Nov 2021 · WeChat update: …", or "Today (now)". */
  tickLabel(tick: TimelineTick): string {
    if (tick.today && tick.titles.length === 0) return this.t('timelineToday');
    const date = formatChinaDate(tick.at, this.locale, false);
    const titles = tick.titles.map((title) => title[this.locale]).join(' / ');
    return tick.today ? `${this.t('timelineToday')} · ${titles}` : `${date} · ${titles}`;
  }

  private tickButton(tick: TimelineTick, index: number): HTMLButtonElement {
    const classes = ['tick', tick.context ? 'context' : '', tick.today ? 'today' : ''];
    const button = h('button', {
      className: classes.filter(Boolean).join(' '),
      attrs: { type: 'button', role: 'radio', 'aria-label': this.tickLabel(tick) },
      dataset: { date: tick.date },
    });
    button.append(h('span', { className: 'tick-mark', attrs: { 'aria-hidden': 'true' } }));
    button.style.left = percent(index, this.ticks.length);
    button.addEventListener('click', () => this.select(index));
    button.addEventListener('pointerenter', () => this.point(index));
    button.addEventListener('focus', () => this.point(index));
    return button;
  }

  private select(index: number): void {
    const tick = this.ticks[index];
    if (!tick) return;
    this.pointed = index;
    this.choose(tickPolicyDate(tick));
    this.update(tickPolicyDate(tick));
    this.buttons[index]?.focus();
  }

  private onKey(event: KeyboardEvent): void {
    let target: number;
    if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = this.ticks.length - 1;
    else if (event.key in STEP_KEYS) {
      target = stepTick(this.ticks, this.policyDate, STEP_KEYS[event.key] as number);
    } else return;
    event.preventDefault();
    this.select(target);
  }

  private point(index: number | null): void {
    this.pointed = index;
    this.showCaption();
  }

  /** The line under the strip: the hovered or focused tick, else the latest event by the date. */
  private showCaption(): void {
    const pointed = this.pointed === null ? undefined : this.ticks[this.pointed];
    if (pointed) {
      this.caption.textContent = this.tickLabel(pointed);
      return;
    }
    const latest = this.ticks[latestTickBy(this.ticks, instantOf(this.policyDate, this.now))];
    this.caption.textContent = latest
      ? this.t('timelineLatest', [this.tickLabel(latest)])
      : this.t('timelineBeforeRecord');
  }
}

/** The date picker: the date field, the "Now" button, the explanation and the timeline. */

import type { Locale } from '../core/localized';
import { chinaDateOf } from '../core/policy/china-time';
import type { Ruleset } from '../core/policy/rule';
import type { TextLookup } from '../ui/i18n';
import { dateExplanation, dateProblem, firstPolicyDate } from './date-explanation';
import { TimelineView } from './timeline-view';

export interface DateElements {
  input: HTMLInputElement;
  now: HTMLButtonElement;
  error: HTMLElement;
  explanation: HTMLElement;
  note: HTMLElement;
  timeline: HTMLElement;
  caption: HTMLElement;
}

export class DateSection {
  private readonly timeline: TimelineView;
  private ruleset: Ruleset | null = null;

  constructor(
    private readonly elements: DateElements,
    private readonly locale: Locale,
    private readonly t: TextLookup,
    private readonly choose: (policyDate: string | null) => void,
  ) {
    this.timeline = new TimelineView(elements.timeline, elements.caption, locale, t, (date) =>
      this.chosen(date),
    );
    elements.input.addEventListener('change', () => this.typed());
    elements.now.addEventListener('click', () => this.chosen(null));
  }

  /** Shows the settings' date with the chosen app's ruleset. */
  update(policyDate: string | null, ruleset: Ruleset, now = Date.now()): void {
    const { input } = this.elements;
    input.max = chinaDateOf(now);
    if (this.ruleset !== ruleset) {
      this.ruleset = ruleset;
      input.min = firstPolicyDate(ruleset);
      this.timeline.setEvents(ruleset.events, ruleset.name[this.locale], now);
    }
    if (input.value !== (policyDate ?? '') && document.activeElement !== input) {
      input.value = policyDate ?? '';
    }
    this.elements.now.setAttribute('aria-pressed', String(policyDate === null));
    this.timeline.update(policyDate, now);
    const { sentence, note } = dateExplanation(
      policyDate,
      ruleset.name[this.locale],
      ruleset.recordEnds,
      now,
      this.locale,
      this.t,
    );
    this.elements.explanation.textContent = sentence;
    this.elements.note.textContent = note ?? '';
    this.elements.note.hidden = note === null;
  }

  private typed(): void {
    const { input, error } = this.elements;
    const value = input.value;
    if (value === '') {
      this.chosen(null);
      return;
    }
    const problem = dateProblem(value, input.min, input.max);
    if (problem !== null) {
      const range = input.min === '' ? 'dateUpTo' : 'dateOutOfRange';
      error.textContent =
        problem === 'range'
          ? this.t(range, input.min === '' ? [input.max] : [input.min, input.max])
          : this.t('dateInvalid');
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    this.chosen(value);
  }

  private chosen(policyDate: string | null): void {
    const { input, error } = this.elements;
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    input.value = policyDate ?? '';
    if (this.ruleset) this.update(policyDate, this.ruleset);
    this.choose(policyDate);
  }
}

/**
 * The chosen date in words: "Showing WeChat as of 29 Nov 2021, 23:59 China time". A date means
 * the end of that day in China time; no date means now. After the end of the ruleset's record a
 * note says that the last known state is shown. Pure (the lookup and now are passed in).
 */

import type { Locale } from '../core/localized';
import { chinaDateOf, endOfChinaDay, parseIsoInstant } from '../core/policy/china-time';
import { recordStart } from '../core/policy/record-start';
import type { Ruleset } from '../core/policy/rule';
import { formatChinaDate } from '../shared/format-date';
import type { TextLookup } from '../ui/i18n';
import { instantOf } from './timeline-model';

export function dateExplanation(
  policyDate: string | null,
  appName: string,
  recordEnds: string,
  now: number,
  locale: Locale,
  t: TextLookup,
): { sentence: string; note: string | null } {
  const instant = instantOf(policyDate, now);
  const when = formatChinaDate(instant, locale);
  const sentence =
    policyDate === null ? t('showingNow', [appName, when]) : t('showingAsOf', [appName, when]);
  const end = parseIsoInstant(recordEnds);
  return { sentence, note: end.ok && instant > end.at ? t('beyondRecord') : null };
}

/** Why a typed date cannot be used, or null when it can: a real day from `min` to `max`. */
export function dateProblem(value: string, min: string, max: string): 'invalid' | 'range' | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || endOfChinaDay(value) === null) return 'invalid';
  return value < min || value > max ? 'range' : null;
}

/**
 * The first day the date picker offers: the China day on which the ruleset's record starts, or ''
 * (no lower bound) when its record has no start.
 */
export function firstPolicyDate(ruleset: Pick<Ruleset, 'rules' | 'events'>): string {
  const start = recordStart(ruleset);
  return start === null ? '' : chinaDateOf(start);
}

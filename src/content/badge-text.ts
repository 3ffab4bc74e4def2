import type { Locale } from '../core/localized';
import { OUTCOME_LABEL, OUTCOME_MEANING, OUTCOME_SYMBOL } from '../core/outcome-label';
import type { Verdict } from '../core/verdict';
import { formatChinaDate } from '../shared/format-date';
import type { BadgeView } from './badge-view';
import type { MessageLookup } from './messages';

/** The short text of a scope's segment, e.g. "1:1 ✓" or "群聊 ⧉". */
export function segmentText(verdict: Verdict, t: MessageLookup): string {
  return `${scopeShort(verdict.scope, t)} ${OUTCOME_SYMBOL[verdict.outcome]}`;
}

function scopeShort(scope: string, t: MessageLookup): string {
  if (scope === 'private') return t('scopePrivateShort');
  if (scope === 'group') return t('scopeGroupShort');
  return scope;
}

function scopeLong(scope: string, t: MessageLookup): string {
  if (scope === 'private') return t('scopePrivate');
  if (scope === 'group') return t('scopeGroup');
  return scope;
}

/** The badge's accessible name: platform and each shown scope's outcome in words. */
export function badgeLabel(
  view: BadgeView,
  scopes: string[],
  locale: Locale,
  t: MessageLookup,
): string {
  const parts = view.verdicts
    .filter((verdict) => scopes.includes(verdict.scope))
    .map((verdict) => `${scopeLong(verdict.scope, t)}: ${OUTCOME_LABEL[verdict.outcome][locale]}`);
  return `${t('badgeLabelPrefix', [view.appName, view.platformName])} ${parts.join('; ')}`;
}

export interface TooltipLine {
  text: string;
  className?: 'small';
  heading?: boolean;
}

function interval(verdict: Verdict, locale: Locale, t: MessageLookup): string {
  const since = verdict.since ? formatChinaDate(Date.parse(verdict.since), locale) : null;
  const until = verdict.until ? formatChinaDate(Date.parse(verdict.until), locale) : null;
  if (since && until) return t('ruleBetween', [since, until]);
  if (since) return t('ruleSince', [since]);
  if (until) return t('ruleUntil', [until]);
  return t('ruleAlways');
}

/** The tooltip's lines: what, through what, each scope's outcome with its rule, sources. */
export function tooltipLines(
  view: BadgeView,
  scopes: string[],
  locale: Locale,
  t: MessageLookup,
): TooltipLine[] {
  const what =
    view.kind === 'code'
      ? t('kindCode')
      : view.category === 'content'
        ? t('categoryContent')
        : t('categoryEcommerce');
  const lines: TooltipLine[] = [{ text: `${view.platformName} · ${what}`, heading: true }];
  if (view.via.length > 0)
    lines.push({ text: t('viaWrappers', [view.via.join(' › ')]), className: 'small' });
  const sources = new Set<string>();
  for (const verdict of view.verdicts) {
    if (!scopes.includes(verdict.scope)) continue;
    const outcome = `${OUTCOME_SYMBOL[verdict.outcome]} ${OUTCOME_LABEL[verdict.outcome][locale]}`;
    lines.push({
      text: `${scopeLong(verdict.scope, t)}: ${outcome}. ${OUTCOME_MEANING[verdict.outcome][locale]}`,
    });
    if (verdict.rule) {
      const evidence = verdict.evidence ? t(`evidence_${verdict.evidence}`) : '';
      lines.push({ text: `${interval(verdict, locale, t)} · ${evidence}`, className: 'small' });
    }
    if (verdict.explanation) lines.push({ text: verdict.explanation[locale], className: 'small' });
    for (const source of verdict.sources) sources.add(source.title);
  }
  if (sources.size > 0)
    lines.push({ text: t('sourcesList', [[...sources].join('; ')]), className: 'small' });
  const asOf = formatChinaDate(view.at, locale);
  const beyond = view.verdicts.some((verdict) => verdict.beyondRecord);
  lines.push({
    text: t(beyond ? 'asOfBeyondRecord' : 'asOf', [view.appName, asOf]),
    className: 'small',
  });
  return lines;
}

import type { Locale } from '../core/localized';
import { OUTCOME_LABEL, OUTCOME_MEANING, OUTCOME_SYMBOL } from '../core/policy/outcome-label';
import type { Verdict } from '../core/policy/verdict';
import { formatChinaDate } from '../shared/format-date';
import type { BadgeView, WarningView } from './draw/badge-view';
import type { TextLookup } from './i18n';

/**
 * The short text of a scope's segment, e.g. "1:1" or "群聊"; the outcome's symbol is drawn after
 * it from the segment's outcome (see badge-icons.ts), not written as text.
 */
export function segmentText(verdict: Verdict, t: TextLookup): string {
  return scopeShort(verdict.scope, t);
}

function scopeShort(scope: string, t: TextLookup): string {
  if (scope === 'private') return t('scopePrivateShort');
  if (scope === 'group') return t('scopeGroupShort');
  return scope;
}

function scopeLong(scope: string, t: TextLookup): string {
  if (scope === 'private') return t('scopePrivate');
  if (scope === 'group') return t('scopeGroup');
  return scope;
}

/** The mark a deceptive link's badge shows before its first segment. */
export const WARNING_MARK = '⚠';

const WARNING_WORD = { lookalike: 'warningLookalikeShort', mismatch: 'warningMismatchShort' };
const WARNING_TITLE = { lookalike: 'warningLookalikeTitle', mismatch: 'warningMismatchTitle' };
const REASON_KEY = {
  confusable: 'warningReason_confusable',
  'mixed-script': 'warningReason_mixedScript',
  'digit-swap': 'warningReason_digitSwap',
  'hyphen-or-extra-label': 'warningReason_extraLabel',
  typo: 'warningReason_typo',
  subdomain: 'warningReason_subdomain',
  userinfo: 'warningReason_userinfo',
};

/** The short word of a warning-only badge's segment: "lookalike" or "mismatch". */
export function warningWord(warning: WarningView, t: TextLookup): string {
  return t(WARNING_WORD[warning.type]);
}

/** Where the link really goes: its host, and the host as shown when Punycode hides it. */
function realHost(warning: WarningView): string {
  return warning.hostShown === warning.host
    ? warning.host
    : `${warning.host} (${warning.hostShown})`;
}

/**
 * What is wrong and where the link really goes: "Lookalike of taobao.com: this link goes to
 * xn--tabao-sce.com (taοbao.com), not to Taobao." or "The link text says item.taobao.com, but the
 * link goes to evil.example."
 */
function warningSentence(warning: WarningView, t: TextLookup): string {
  return warning.type === 'lookalike'
    ? t('warningLookalike', [warning.claimed, realHost(warning), warning.imitatesName])
    : t('warningMismatch', [warning.claimed, realHost(warning)]);
}

/**
 * The badge's accessible name: platform and each shown scope's outcome in words, and the warning
 * when the link is deceptive (alone when the link is no platform's).
 */
export function badgeLabel(
  view: BadgeView,
  scopes: string[],
  locale: Locale,
  t: TextLookup,
): string {
  const warning = view.warning ? t('badgeWarning', [warningSentence(view.warning, t)]) : '';
  if (view.warning && view.platform === '') return warning;
  const parts = view.verdicts
    .filter((verdict) => scopes.includes(verdict.scope))
    .map((verdict) => `${scopeLong(verdict.scope, t)}: ${OUTCOME_LABEL[verdict.outcome][locale]}`);
  const label = `${t('badgeLabelPrefix', [view.appName, view.platformName])} ${parts.join('; ')}`;
  return warning === '' ? label : `${label} ${warning}`;
}

/** One quote of a source, as the tooltip shows it on demand. */
export interface TooltipQuote {
  /** The source's title. */
  source: string;
  text: string;
  lang: string;
  /** The English gloss, already worded for the UI ("In English: …"); absent for English quotes. */
  gloss?: string;
}

export interface TooltipLine {
  /** The line's text; for a line with `quotes`, the summary that unfolds them. */
  text: string;
  className?: 'small';
  heading?: boolean;
  /** Quotes shown only when the reader unfolds this line. */
  quotes?: TooltipQuote[];
}

function interval(verdict: Verdict, locale: Locale, t: TextLookup): string {
  const since = verdict.since ? formatChinaDate(Date.parse(verdict.since), locale) : null;
  const until = verdict.until ? formatChinaDate(Date.parse(verdict.until), locale) : null;
  if (since && until) return t('ruleBetween', [since, until]);
  if (since) return t('ruleSince', [since]);
  if (until) return t('ruleUntil', [until]);
  return t('ruleAlways');
}

/**
 * The tooltip's lines: what is wrong with a deceptive link; then what, through what, each scope's
 * outcome with its rule, sources (for a platform's link or share code).
 */
export function tooltipLines(
  view: BadgeView,
  scopes: string[],
  locale: Locale,
  t: TextLookup,
): TooltipLine[] {
  const warning = view.warning ? warningLines(view.warning, t) : [];
  if (view.platform === '') return warning;
  return [...warning, ...outcomeLines(view, scopes, locale, t)];
}

/** What is wrong with a deceptive link, first in its tooltip. */
function warningLines(warning: WarningView, t: TextLookup): TooltipLine[] {
  const lines: TooltipLine[] = [
    { text: `${WARNING_MARK} ${t(WARNING_TITLE[warning.type])}`, heading: true },
    { text: warningSentence(warning, t) },
  ];
  if (warning.reason) lines.push({ text: t(REASON_KEY[warning.reason]), className: 'small' });
  return lines;
}

function outcomeLines(
  view: BadgeView,
  scopes: string[],
  locale: Locale,
  t: TextLookup,
): TooltipLine[] {
  const what =
    view.kind === 'code'
      ? t('kindCode')
      : view.kind === 'app'
        ? t('kindApp')
        : view.category === 'content'
          ? t('categoryContent')
          : t('categoryEcommerce');
  const lines: TooltipLine[] = [{ text: `${view.platformName} · ${what}`, heading: true }];
  if (view.via.length > 0)
    lines.push({ text: t('viaWrappers', [view.via.join(' › ')]), className: 'small' });
  const sources = new Set<string>();
  const quotes = new Map<string, TooltipQuote>();
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
    for (const source of verdict.sources) {
      sources.add(source.title);
      const quote = source.quote;
      if (quote && !quotes.has(source.url)) {
        const gloss = quote.en ? t('quoteGloss', [quote.en]) : undefined;
        quotes.set(source.url, { source: source.title, text: quote.text, lang: quote.lang, gloss });
      }
    }
  }
  if (sources.size > 0)
    lines.push({ text: t('sourcesList', [[...sources].join('; ')]), className: 'small' });
  if (quotes.size > 0) {
    lines.push({
      text: t('quotesToggle', [String(quotes.size)]),
      className: 'small',
      quotes: [...quotes.values()],
    });
  }
  const asOf = formatChinaDate(view.at, locale);
  const beyond = view.verdicts.some((verdict) => verdict.beyondRecord);
  lines.push({
    text: t(beyond ? 'asOfBeyondRecord' : 'asOf', [view.appName, asOf]),
    className: 'small',
  });
  return lines;
}

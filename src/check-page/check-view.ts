/** The link check page's content: the link, whether the page badged it (or why not), verdicts. */

import { platformName } from '../core/classify/display-names';
import type { Locale } from '../core/localized';
import { parseIsoInstant } from '../core/policy/china-time';
import { OUTCOME_MEANING } from '../core/policy/outcome-label';
import type { Ruleset } from '../core/policy/rule';
import { formatChinaDate } from '../shared/format-date';
import { h, sourceLink } from '../ui/dom';
import type { TextLookup } from '../ui/i18n';
import { outcomeText, scopeLabel } from '../ui/labels';
import type { LinkCheck } from './link-check-model';

/** The message that says why a link has no badge, by reason. */
export const REASON_KEYS = {
  'not-platform': 'checkNotPlatform',
  'off-everywhere': 'checkOffEverywhere',
  'off-site': 'checkOffSite',
  'category-hidden': 'checkCategoryHidden',
  unreachable: 'checkUnreachable',
  'not-seen': 'checkNotSeen',
} as const;

function formatted(text: string | null, locale: Locale): string | null {
  if (text === null) return null;
  const parsed = parseIsoInstant(text);
  return parsed.ok ? formatChinaDate(parsed.at, locale) : text;
}

function interval(since: string | null, until: string | null, locale: Locale, t: TextLookup) {
  const from = formatted(since, locale);
  const to = formatted(until, locale);
  if (from && to) return t('ruleBetween', [from, to]);
  if (from) return t('ruleSince', [from]);
  if (to) return t('ruleUntil', [to]);
  return t('ruleAlways');
}

export function checkView(
  check: LinkCheck,
  ruleset: Ruleset,
  at: number,
  locale: Locale,
  t: TextLookup,
): Node[] {
  const { record } = check;
  const appName = ruleset.name[locale];
  const status = check.badged
    ? h('p', { className: 'status badged', id: 'check-status', text: t('checkBadged') })
    : h('p', {
        className: 'status not-badged',
        id: 'check-status',
        dataset: { reason: check.reason ?? '' },
        text: t(REASON_KEYS[check.reason ?? 'not-seen'], [check.hostname]),
      });
  const nodes: Node[] = [
    h('p', { className: 'link' }, [h('code', { id: 'check-url', text: record.input })]),
    status,
  ];
  if (record.verdicts === null || record.platform === null) return nodes;
  nodes.push(
    h('p', {
      id: 'check-what',
      text: t('checkWhat', [
        platformName(record.platform, locale),
        t(record.category === 'content' ? 'categoryContent' : 'categoryEcommerce'),
      ]),
    }),
  );
  const verdicts = ruleset.scopes.map((scope) => {
    const verdict = record.verdicts?.[scope];
    if (!verdict) return null;
    return h('li', { className: 'verdict', dataset: { scope, outcome: verdict.outcome } }, [
      h('h2', {}, [
        `${scopeLabel(scope, t)}: `,
        h('span', {
          className: `outcome outcome-${verdict.outcome}`,
          text: outcomeText(verdict.outcome, locale),
        }),
      ]),
      h('p', { text: OUTCOME_MEANING[verdict.outcome][locale] }),
      verdict.rule
        ? h('p', {
            className: 'muted',
            text: `${interval(verdict.since, verdict.until, locale, t)} · ${t(`evidence_${verdict.evidence}`)}`,
          })
        : null,
      verdict.explanation ? h('p', { text: verdict.explanation }) : null,
      verdict.sources.length > 0
        ? h(
            'ul',
            { className: 'sources', attrs: { 'aria-label': t('rulesSources') } },
            verdict.sources.map((source) => h('li', {}, [sourceLink(source.title, source.url)])),
          )
        : null,
    ]);
  });
  nodes.push(h('ul', { className: 'verdicts' }, verdicts));
  nodes.push(
    h('p', { className: 'muted', text: t('asOf', [appName, formatChinaDate(at, locale)]) }),
  );
  return nodes;
}

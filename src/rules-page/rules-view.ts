/**
 * The rule timeline page's sections: summary, events, rules and notes, with their sources; each
 * source's quote (and its English gloss) folds out on demand.
 */

import { platformName } from '../core/classify/display-names';
import type { Locale } from '../core/localized';
import { parseIsoInstant } from '../core/policy/china-time';
import type { Rule, Ruleset, TimelineEvent } from '../core/policy/rule';
import { resolveSources } from '../core/policy/ruleset-sources';
import { isEnglish, type Source } from '../core/policy/source';
import { formatChinaDate } from '../shared/format-date';
import { h, sourceLink } from '../ui/dom';
import type { TextLookup } from '../ui/i18n';
import { outcomeText, scopeLabel } from '../ui/labels';
import { coverage, eventsInOrder, rulesInOrder } from './rules-model';

/** "29 Nov 2021, 20:00" with the exact instant as a machine-readable <time>. */
const KIND_LABEL = { url: 'rulesLinks', code: 'rulesCodes', app: 'rulesApps' } as const;

function when(text: string | null, open: string, locale: Locale): Node {
  if (text === null) return document.createTextNode(open);
  const parsed = parseIsoInstant(text);
  if (!parsed.ok) return document.createTextNode(text);
  return h('time', {
    text: formatChinaDate(parsed.at, locale),
    attrs: { datetime: text, title: text },
  });
}

/** A source's quote, folded: the words of the source in their language, then the gloss. */
function quoteOf(source: Source, t: TextLookup): HTMLElement | null {
  const quote = source.quote;
  if (!quote) return null;
  return h('details', { className: 'quote' }, [
    h('summary', { text: t('rulesQuote') }),
    h('blockquote', { text: quote.text, attrs: { lang: quote.lang, cite: source.url } }),
    quote.en && !isEnglish(quote.lang)
      ? h('p', { className: 'gloss', text: t('quoteGloss', [quote.en]), attrs: { lang: 'en' } })
      : null,
  ]);
}

function sources(
  ruleset: Ruleset,
  ids: readonly string[],
  locale: Locale,
  t: TextLookup,
): HTMLElement | null {
  const list = resolveSources(ruleset, ids);
  if (list.length === 0) return null;
  return h('ul', { className: 'sources', attrs: { 'aria-label': t('rulesSources') } }, [
    ...list.map((source) =>
      h('li', {}, [
        sourceLink(source.title, source.url),
        source.published
          ? ` (${t('rulesPublished', [published(source.published, locale)])})`
          : null,
        quoteOf(source, t),
      ]),
    ),
  ]);
}

/** A publication date or instant as the page writes dates. */
function published(text: string, locale: Locale): string {
  const parsed = parseIsoInstant(text.includes('T') ? text : `${text}T12:00:00+08:00`);
  return parsed.ok ? formatChinaDate(parsed.at, locale) : text;
}

export function eventsSection(ruleset: Ruleset, locale: Locale, t: TextLookup): HTMLElement[] {
  return eventsInOrder(ruleset).map((event: TimelineEvent) =>
    h('li', { className: 'event', dataset: { id: event.id } }, [
      h('div', { className: 'event-head' }, [
        when(event.at, '', locale),
        h('span', { className: 'evidence', text: t(`evidence_${event.evidence}`) }),
      ]),
      h('p', { text: event.title[locale] }),
      sources(ruleset, event.sources, locale, t),
    ]),
  );
}

function coverageText(rule: Rule, locale: Locale, t: TextLookup): string {
  const { platforms, categories, kinds } = coverage(rule);
  const parts = [
    platforms
      ? t('rulesPlatforms', [platforms.map((id) => platformName(id, locale)).join(', ')])
      : t('rulesAllPlatforms'),
    categories
      ? categories
          .map((category) => t(category === 'content' ? 'categoryContent' : 'categoryEcommerce'))
          .join(', ')
      : null,
    kinds ? kinds.map((kind) => t(KIND_LABEL[kind])).join(', ') : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

export function rulesSection(ruleset: Ruleset, locale: Locale, t: TextLookup): HTMLElement[] {
  const other: Locale = locale === 'en' ? 'zh_CN' : 'en';
  return rulesInOrder(ruleset).map((rule) =>
    h('li', { className: 'rule', dataset: { id: rule.id } }, [
      h('div', { className: 'rule-head' }, [
        h('span', {
          className: `outcome outcome-${rule.outcome}`,
          text: outcomeText(rule.outcome, locale),
        }),
        h('code', { text: rule.id }),
      ]),
      h('p', { className: 'rule-when' }, [
        t('rulesWhen'),
        ' ',
        when(rule.from, t('rulesStartOfRecord'), locale),
        ' – ',
        when(rule.until, t('rulesStillInForce'), locale),
      ]),
      h('p', {
        className: 'rule-covers',
        text: `${coverageText(rule, locale, t)} · ${rule.scopes.map((scope) => scopeLabel(scope, t)).join(', ')} · ${t(`evidence_${rule.evidence}`)}`,
      }),
      h('p', { text: rule.explanation[locale] }),
      h('p', {
        className: 'muted',
        text: rule.explanation[other],
        attrs: { lang: other === 'en' ? 'en' : 'zh-CN' },
      }),
      sources(ruleset, rule.sources, locale, t),
    ]),
  );
}

export function notesSection(ruleset: Ruleset, locale: Locale, t: TextLookup): HTMLElement[] {
  return ruleset.notes.map((note) =>
    h('li', { className: 'note', dataset: { id: note.id } }, [
      h('p', { text: note.text[locale] }),
      sources(ruleset, note.sources, locale, t),
    ]),
  );
}

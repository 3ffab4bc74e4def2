import { OUTCOME_LABEL, OUTCOME_SYMBOL } from '../core/policy/outcome-label';
import type { Rule, Ruleset } from '../core/policy/rule';
import { resolveSources } from '../core/policy/ruleset-sources';
import { isEnglish, type Source } from '../core/policy/source';

/**
 * The ruleset's timeline as text: every rule with its dates, evidence and sources, each source
 * with its publication date and the quote that supports the rule (with its English gloss); then
 * notes.
 */
export function rulesText(ruleset: Ruleset): string {
  const lines: string[] = [
    `${ruleset.name.en} (${ruleset.name.zh_CN}): ${ruleset.rules.length} rules; the record ends ${ruleset.recordEnds}.`,
    'Times are instants; dates without a time mean the end of that day in China time (UTC+08:00).',
    '',
    'Events:',
  ];
  for (const event of [...ruleset.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    lines.push(`  ${event.at}  ${event.title.en} [${event.evidence}]`);
  }
  lines.push('', 'Rules:');
  for (const rule of [...ruleset.rules].sort(byStart)) {
    const outcome = `${OUTCOME_SYMBOL[rule.outcome]} ${OUTCOME_LABEL[rule.outcome].en}`;
    lines.push(
      `  ${rule.id}`,
      `    when:     ${rule.from ?? 'start of record'} .. ${rule.until ?? 'still in force'}`,
      `    covers:   ${coverage(rule)}; scopes: ${rule.scopes.join(', ')}`,
      `    outcome:  ${outcome}; evidence: ${rule.evidence}`,
      `    why:      ${rule.explanation.en}`,
      `              ${rule.explanation.zh_CN}`,
    );
    for (const source of resolveSources(ruleset, rule.sources)) {
      lines.push(...sourceLines(source, '    source:   ', '              '));
    }
  }
  if (ruleset.notes.length > 0) {
    lines.push('', 'Notes (facts that are not rules):');
    for (const note of ruleset.notes) {
      lines.push(`  ${note.id}: ${note.text.en}`);
      for (const source of resolveSources(ruleset, note.sources)) {
        lines.push(...sourceLines(source, '    source: ', '            '));
      }
    }
  }
  return lines.join('\n');
}

/** A source's title, address and date, then its quote and gloss on lines of their own. */
function sourceLines(source: Source, first: string, indent: string): string[] {
  const published = source.published ? ` (published ${source.published})` : '';
  const lines = [`${first}${source.title} <${source.url}>${published}`];
  const quote = source.quote;
  if (quote) {
    lines.push(`${indent}quote [${quote.lang}]: “${oneLine(quote.text)}”`);
    if (quote.en && !isEnglish(quote.lang)) lines.push(`${indent}in English: ${oneLine(quote.en)}`);
  }
  return lines;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function byStart(a: Rule, b: Rule): number {
  return (a.from ? Date.parse(a.from) : -Infinity) - (b.from ? Date.parse(b.from) : -Infinity);
}

function coverage(rule: Rule): string {
  const parts = [
    rule.platforms ? `platforms ${rule.platforms.join(', ')}` : 'all platforms',
    rule.categories ? `categories ${rule.categories.join(', ')}` : null,
    rule.kinds
      ? `${rule.kinds.map((kind) => (kind === 'url' ? 'links' : 'share codes')).join(' and ')}`
      : null,
  ];
  return parts.filter(Boolean).join('; ');
}

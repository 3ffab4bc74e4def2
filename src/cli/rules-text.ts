import { OUTCOME_LABEL, OUTCOME_SYMBOL } from '../core/outcome-label';
import type { Rule, Ruleset } from '../core/rule';

/** The ruleset's timeline as text: every rule with its dates, evidence and sources; then notes. */
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
    for (const source of rule.sources) lines.push(`    source:   ${source.title} <${source.url}>`);
  }
  if (ruleset.notes.length > 0) {
    lines.push('', 'Notes (facts that are not rules):');
    for (const note of ruleset.notes) {
      lines.push(`  ${note.id}: ${note.text.en}`);
      for (const source of note.sources) lines.push(`    source: ${source.title} <${source.url}>`);
    }
  }
  return lines.join('\n');
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

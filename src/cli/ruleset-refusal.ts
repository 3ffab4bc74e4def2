/**
 * Why `--ruleset FILE` refuses a ruleset, on one line: its problems with their paths, and for a
 * format-1 ruleset whose upgrade to format 2 lacks quotes, each source that needs one with the
 * rules and events citing it.
 */
import type { RulesetReading } from '../core/policy/ruleset-read';

export function rulesetRefusal(reading: Extract<RulesetReading, { ok: false }>): string {
  const problems = reading.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  const needed = reading.upgrade?.quotesNeeded ?? [];
  if (reading.upgrade === null || needed.length === 0) {
    const upgraded = reading.upgrade === null ? '' : ' (format 1, as upgraded to format 2)';
    return `invalid ruleset${upgraded}: ${problems}`;
  }
  const sources = needed
    .map(
      (entry) =>
        `${entry.path} "${entry.source}" (${entry.title}, ${entry.url}) cited by ${entry.citedBy.join(', ')}`,
    )
    .join('; ');
  const count = needed.length === 1 ? '1 source needs' : `${needed.length} sources need`;
  const rest = problems === '' ? '' : `; other problems: ${problems}`;
  return (
    `a format-1 ruleset: upgraded to format 2 (sources defined once by id), ${count} a quote ` +
    `because rules or events of evidence announced or reported cite them (add a "quote" to each, ` +
    `or lower that evidence): ${sources}${rest}`
  );
}

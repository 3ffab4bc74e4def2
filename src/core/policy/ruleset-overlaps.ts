/**
 * Finds ambiguous rules: two equally specific rules (see ruleSpecificity) that both apply to
 * some platform/category/kind/scope during a shared stretch of time. evaluate would then fall
 * back on the later `from`, which hides a data mistake, so the validator reports it.
 */
import { formatChinaTime } from './china-time';
import type { Rule } from './rule';
import { ruleSpecificity } from './rule-match';
import type { Problems } from './validate-fields';

/** A structurally valid rule with its interval in epoch ms (open ends as ±Infinity). */
export interface CheckedRule {
  index: number;
  rule: Pick<Rule, 'id' | 'platforms' | 'categories' | 'kinds' | 'scopes'>;
  from: number;
  until: number;
}

/** The first shared value of two optional lists (omitted = all), "any" when both are omitted. */
function shared<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T | 'any' | null {
  if (a === undefined && b === undefined) return 'any';
  if (a === undefined || b === undefined) return null;
  const common = a.find((value) => b.includes(value));
  return common === undefined ? null : common;
}

function instant(ms: number, open: string): string {
  return Number.isFinite(ms) ? formatChinaTime(ms) : open;
}

/** Reports, at the later rule of each pair, equally specific rules that overlap. */
export function checkOverlaps(rules: readonly CheckedRule[], problems: Problems): void {
  for (let j = 1; j < rules.length; j++) {
    const b = rules[j];
    if (!b) continue;
    for (let i = 0; i < j; i++) {
      const a = rules[i];
      if (!a || ruleSpecificity(a.rule) !== ruleSpecificity(b.rule)) continue;
      const start = Math.max(a.from, b.from);
      const end = Math.min(a.until, b.until);
      if (!(start < end)) continue;
      const platform = shared(a.rule.platforms, b.rule.platforms);
      const category = shared(a.rule.categories, b.rule.categories);
      const kind = shared(a.rule.kinds, b.rule.kinds);
      const scope = shared(a.rule.scopes, b.rule.scopes);
      if (platform === null || category === null || kind === null || scope === null) continue;
      const what = [
        platform === 'any' ? 'any platform' : `platform ${platform}`,
        category === 'any' ? 'any category' : `category ${category}`,
        kind === 'any' ? 'any kind' : `kind ${kind}`,
        `scope ${scope}`,
      ].join(', ');
      problems.push({
        path: `rules[${b.index}]`,
        message: `ambiguous: "${b.rule.id}" and rules[${a.index}] "${a.rule.id}" are equally specific and both apply to ${what} from ${instant(start, 'the start of the record')} until ${instant(end, 'open end')}; end one where the other starts, or make one more specific`,
      });
    }
  }
}

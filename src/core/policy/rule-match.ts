import type { Rule } from './rule';

/**
 * How specific a rule is, as a number to compare: a rule that lists platforms beats one that
 * does not (4), then one that lists categories (2), then one that lists kinds (1). Listing every
 * value (e.g. both categories) still counts as listing. See evaluate.ts for the full precedence.
 */
export function ruleSpecificity(rule: Pick<Rule, 'platforms' | 'categories' | 'kinds'>): number {
  return (
    (rule.platforms === undefined ? 0 : 4) +
    (rule.categories === undefined ? 0 : 2) +
    (rule.kinds === undefined ? 0 : 1)
  );
}

/** True when an optional list covers a value: an omitted list covers everything. */
export function listCovers<T>(list: readonly T[] | undefined, value: T | null): boolean {
  if (list === undefined) return true;
  return value !== null && list.includes(value);
}

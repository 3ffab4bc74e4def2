import type { Category } from '../classify/category';
import { formatChinaTime, parseIsoInstant } from './china-time';
import type { Rule, Ruleset } from './rule';
import { listCovers, ruleSpecificity } from './rule-match';
import { resolveSources } from './ruleset-sources';
import type { Source } from './source';

/** A rule with its interval as numbers (epoch ms) and its bounds preformatted in China time. */
export interface CompiledRule {
  rule: Rule;
  /** Inclusive start; -Infinity when open. */
  from: number;
  /** Exclusive end; +Infinity when open. */
  until: number;
  sinceText: string | null;
  untilText: string | null;
  specificity: number;
  /** The rule's sources, looked up by id in the ruleset. */
  sources: Source[];
}

/** A ruleset prepared for fast repeated evaluation. */
export interface CompiledRuleset {
  ruleset: Ruleset;
  /** Epoch ms of recordEnds (+Infinity if it does not parse). */
  recordEnds: number;
  /** Every usable rule, in precedence order (see evaluate.ts). */
  ordered: CompiledRule[];
  /** Rules in precedence order that can apply to one platform/category/kind/scope, built lazily. */
  byKey: Map<string, CompiledRule[]>;
}

const cache = new WeakMap<Ruleset, CompiledRuleset>();

function bound(text: string | null, open: number): { at: number; text: string | null } | null {
  if (text === null) return { at: open, text: null };
  const parsed = parseIsoInstant(text);
  return parsed.ok ? { at: parsed.at, text: formatChinaTime(parsed.at) } : null;
}

function compileRule(rule: Rule, ruleset: Ruleset): CompiledRule | null {
  const from = bound(rule.from, Number.NEGATIVE_INFINITY);
  const until = bound(rule.until, Number.POSITIVE_INFINITY);
  if (from === null || until === null) return null;
  return {
    rule,
    from: from.at,
    until: until.at,
    sinceText: from.text,
    untilText: until.text,
    specificity: ruleSpecificity(rule),
    sources: resolveSources(ruleset, rule.sources),
  };
}

/**
 * Prepares a ruleset once; later calls with the same object return the cached result, so a
 * ruleset must not be mutated after its first evaluation. Rules whose instants do not parse are
 * skipped (validateRuleset reports them).
 */
export function compileRuleset(ruleset: Ruleset): CompiledRuleset {
  const cached = cache.get(ruleset);
  if (cached) return cached;
  const ordered: CompiledRule[] = [];
  for (const rule of ruleset.rules) {
    const compiled = compileRule(rule, ruleset);
    if (compiled) ordered.push(compiled);
  }
  // Array.prototype.sort is stable: equal rules keep their order in the ruleset.
  ordered.sort((a, b) => b.specificity - a.specificity || b.from - a.from);
  const ends = parseIsoInstant(ruleset.recordEnds);
  const compiled: CompiledRuleset = {
    ruleset,
    recordEnds: ends.ok ? ends.at : Number.POSITIVE_INFINITY,
    ordered,
    byKey: new Map(),
  };
  cache.set(ruleset, compiled);
  return compiled;
}

/**
 * Whether a rule's kinds cover an input's kind. App links ("taobao://…") are only covered by a
 * rule that lists "app": what a chat does with them is another question than for web links and
 * share codes, so a rule that omits `kinds` does not speak of them.
 */
function kindCovered(kinds: readonly string[] | undefined, kind: string): boolean {
  return kinds === undefined ? kind !== 'app' : kinds.includes(kind);
}

/** The rules, in precedence order, that may decide one platform/category/kind/scope. */
export function rulesFor(
  compiled: CompiledRuleset,
  platform: string,
  category: Category | null,
  kind: 'url' | 'code' | 'app',
  scope: string,
): CompiledRule[] {
  const key = `${platform}\u0000${category ?? ''}\u0000${kind}\u0000${scope}`;
  let list = compiled.byKey.get(key);
  if (list === undefined) {
    list = compiled.ordered.filter(
      ({ rule }) =>
        rule.scopes.includes(scope) &&
        listCovers(rule.platforms, platform) &&
        listCovers(rule.categories, category) &&
        kindCovered(rule.kinds, kind),
    );
    compiled.byKey.set(key, list);
  }
  return list;
}

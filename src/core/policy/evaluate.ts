/**
 * The policy engine: would a classified link or share code open in a chat at an instant?
 *
 * Rule selection, for a classification (platform, category, kind), a scope and an instant `at`:
 * 1. Candidates are the rules whose `platforms` (omitted = all), `categories` (omitted = all),
 *    `kinds` (omitted = all) and `scopes` include the input, and with from <= at < until
 *    (a null bound is open). A rule that lists categories never matches a null category.
 * 2. The most specific candidate wins: listing platforms beats not listing them; then listing
 *    categories beats not; then listing kinds beats not (listing every value still counts).
 * 3. Between equally specific candidates the later `from` wins; validateRuleset reports equally
 *    specific rules that overlap in time as ambiguous, so valid rulesets never rely on this (a
 *    last tie keeps the ruleset's order).
 * After the ruleset's `recordEnds` the state at recordEnds is assumed to last: rules are looked
 * up at recordEnds and the verdict says beyondRecord: true.
 * Kind "none" or a null platform gives outcome "unknown" with rule null, as does no candidate.
 * App links (kind "app") are only matched by rules that list "app" in `kinds`.
 */

import type { Classification } from '../classify/classification';
import { getShippedRuleset } from '../data/rulesets/index';
import { toEpochMs } from './china-time';
import { compileRuleset, rulesFor } from './compile-ruleset';
import type { Ruleset } from './rule';
import type { Scope } from './scope';
import type { Verdict } from './verdict';

/** What to evaluate against: an app id of a shipped ruleset or a ruleset object, a scope, an instant. */
export interface EvaluateOptions {
  app: string | Ruleset;
  scope: Scope;
  /** Epoch milliseconds or a Date. */
  at: number | Date;
}

function resolveRuleset(app: string | Ruleset): Ruleset {
  if (typeof app !== 'string') return app;
  const ruleset = getShippedRuleset(app);
  if (!ruleset) throw new RangeError(`No shipped ruleset for app "${app}"`);
  return ruleset;
}

function unknownVerdict(scope: Scope, beyondRecord: boolean): Verdict {
  return {
    scope,
    outcome: 'unknown',
    rule: null,
    since: null,
    until: null,
    evidence: null,
    sources: [],
    explanation: null,
    beyondRecord,
  };
}

/**
 * Decides what happens to a classified input in a chat scope at an instant. Throws RangeError
 * only for an app id with no shipped ruleset; an invalid instant gives "unknown".
 */
export function evaluate(
  classification: Pick<Classification, 'kind' | 'platform' | 'category'>,
  options: EvaluateOptions,
): Verdict {
  const compiled = compileRuleset(resolveRuleset(options.app));
  const { scope } = options;
  const at = toEpochMs(options.at);
  const { kind, platform, category } = classification;
  if (Number.isNaN(at) || kind === 'none' || platform === null) return unknownVerdict(scope, false);
  const beyondRecord = at > compiled.recordEnds;
  const t = beyondRecord ? compiled.recordEnds : at;
  for (const c of rulesFor(compiled, platform, category, kind, scope)) {
    if (c.from <= t && t < c.until) {
      return {
        scope,
        outcome: c.rule.outcome,
        rule: c.rule.id,
        since: c.sinceText,
        until: c.untilText,
        evidence: c.rule.evidence,
        sources: c.sources,
        explanation: c.rule.explanation,
        beyondRecord,
      };
    }
  }
  return unknownVerdict(scope, beyondRecord);
}

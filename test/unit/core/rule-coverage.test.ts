/**
 * No dead rules: every shipped rule, in every scope it names, is the rule that decides for at
 * least one input of the test corpus at some instant inside its interval.
 */
import { describe, expect, it } from 'vitest';
import { classify, classifyShareCode } from '../../../src/core/classify/classify';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { parseIsoInstant } from '../../../src/core/policy/china-time';
import { evaluate } from '../../../src/core/policy/evaluate';
import type { Rule } from '../../../src/core/policy/rule';
import { INPUT_CORPUS } from './support/input-corpus';

const ms = (text: string | null, open: number) => {
  if (text === null) return open;
  const parsed = parseIsoInstant(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.at;
};
const recordEnds = ms(WECHAT_RULESET.recordEnds, Number.NaN);

/** Instants inside a rule's interval: its start, its middle, and its last millisecond. */
function instantsIn(rule: Rule): number[] {
  const from = ms(rule.from, Date.UTC(2000, 0, 1));
  const until = Math.min(ms(rule.until, recordEnds + 1), recordEnds + 1);
  return [from, Math.floor((from + until) / 2), until - 1];
}

const classified = INPUT_CORPUS.map((input) => ({ input, classification: classify(input) }));

/** What decided, for each input of the corpus, in a scope at an instant. */
function deciders(scope: string, at: number): Map<string, string> {
  const found = new Map<string, string>();
  for (const { input, classification } of classified) {
    const codes = classification.codes ?? [];
    const forms = [
      classification,
      // A share text's codes are badged on their own (the content script marks each one).
      ...codes.map((code) => classifyShareCode(input, code)),
    ];
    for (const form of forms) {
      const verdict = evaluate(form, { app: 'wechat', scope, at });
      if (verdict.rule !== null && !found.has(verdict.rule)) found.set(verdict.rule, input);
    }
  }
  return found;
}

describe('every shipped rule is reachable', () => {
  it('the corpus covers every platform the rules name', () => {
    const platforms = new Set(
      classified.flatMap(({ classification }) => [
        classification.platform,
        ...(classification.codes ?? []).map((code) => code.platform),
      ]),
    );
    for (const rule of WECHAT_RULESET.rules) {
      for (const platform of rule.platforms ?? []) expect(platforms, rule.id).toContain(platform);
    }
  });

  it.each(WECHAT_RULESET.rules.map((rule) => [rule.id, rule] as const))(
    '%s decides for an input of the corpus in each of its scopes',
    (_id, rule) => {
      for (const scope of rule.scopes) {
        const witness = instantsIn(rule)
          .map((at) => deciders(scope, at).get(rule.id))
          .find((input) => input !== undefined);
        expect(witness, `${rule.id} in ${scope}`).toBeDefined();
      }
    },
  );
});

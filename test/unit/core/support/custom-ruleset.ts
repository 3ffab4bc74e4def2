/** Builders for small custom rulesets used by the engine and validator tests. */
import type { Rule, Ruleset, RulesetSource } from '../../../../src/core/policy/rule';

/** The one source the builders cite, quoted so that any evidence level may rest on it. */
export const TEST_SOURCE: RulesetSource = {
  id: 'test-source',
  title: 'Test source',
  url: 'https://example.com/source',
  quote: { text: 'The test source says so.', lang: 'en' },
};

/** A valid rule with sensible defaults; pass only what a test cares about. */
export function makeRule(partial: Partial<Rule> & Pick<Rule, 'id'>): Rule {
  return {
    scopes: ['private', 'group'],
    from: null,
    until: null,
    outcome: 'direct',
    evidence: 'reported',
    sources: [TEST_SOURCE.id],
    explanation: { en: `Rule ${partial.id}.`, zh_CN: `规则 ${partial.id}。` },
    ...partial,
  };
}

/** A valid ruleset around the given rules (the test source is defined when something cites it). */
export function makeRuleset(rules: Rule[], extra: Partial<Ruleset> = {}): Ruleset {
  const ruleset: Ruleset = {
    format: 2,
    app: 'testchat',
    name: { en: 'Test Chat', zh_CN: '测试聊天' },
    scopes: ['private', 'group'],
    recordEnds: '2030-01-01T00:00:00+08:00',
    sources: [],
    rules,
    events: [],
    notes: [],
    ...extra,
  };
  if (extra.sources === undefined) {
    const cited = [...ruleset.rules, ...ruleset.events, ...ruleset.notes].some((item) =>
      item.sources.includes(TEST_SOURCE.id),
    );
    ruleset.sources = cited ? [{ ...TEST_SOURCE }] : [];
  }
  return ruleset;
}

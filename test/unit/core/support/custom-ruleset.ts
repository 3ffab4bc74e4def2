/** Builders for small custom rulesets used by the engine and validator tests. */
import type { Rule, Ruleset } from '../../../../src/core/rule';

const SOURCE = { title: 'Test source', url: 'https://example.com/source' };

/** A valid rule with sensible defaults; pass only what a test cares about. */
export function makeRule(partial: Partial<Rule> & Pick<Rule, 'id'>): Rule {
  return {
    scopes: ['private', 'group'],
    from: null,
    until: null,
    outcome: 'direct',
    evidence: 'reported',
    sources: [SOURCE],
    explanation: { en: `Rule ${partial.id}.`, zh_CN: `规则 ${partial.id}。` },
    ...partial,
  };
}

/** A valid ruleset around the given rules. */
export function makeRuleset(rules: Rule[], extra: Partial<Ruleset> = {}): Ruleset {
  return {
    format: 1,
    app: 'testchat',
    name: { en: 'Test Chat', zh_CN: '测试聊天' },
    scopes: ['private', 'group'],
    recordEnds: '2030-01-01T00:00:00+08:00',
    rules,
    events: [],
    notes: [],
    ...extra,
  };
}

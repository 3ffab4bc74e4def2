import { describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { listCovers } from '../../../src/core/policy/rule-match';
import { BOUNDARY_CASES } from './support/boundary-cases';
import { computeReport } from './support/boundary-report';

const report = computeReport();

describe('WeChat ruleset at every boundary (this process time zone)', () => {
  it.each(BOUNDARY_CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const expected = BOUNDARY_CASES[i];
    const actual = report.cases[i];
    expect(actual).toBeDefined();
    expect({ outcome: actual?.outcome, rule: actual?.rule, beyond: actual?.beyondRecord }).toEqual({
      outcome: expected?.outcome,
      rule: expected?.rule,
      beyond: expected?.beyondRecord ?? false,
    });
  });
});

describe('boundary table coverage', () => {
  const instantCases = BOUNDARY_CASES.filter((c) => c.at.includes('T'));

  it('has a case just before and at each bound of each rule, in each of its scopes', () => {
    const missing: string[] = [];
    for (const rule of WECHAT_RULESET.rules) {
      for (const bound of [rule.from, rule.until]) {
        if (bound === null) continue;
        const ms = Date.parse(bound);
        for (const scope of rule.scopes) {
          const fits = instantCases.filter(
            (c) =>
              c.scope === scope &&
              listCovers(rule.platforms, c.input.platform) &&
              listCovers(rule.categories, c.input.category) &&
              listCovers(rule.kinds, c.input.kind),
          );
          const times = new Set(fits.map((c) => Date.parse(c.at)));
          if (!times.has(ms)) missing.push(`${rule.id} ${scope} at ${bound}`);
          if (!times.has(ms - 1)) missing.push(`${rule.id} ${scope} just before ${bound}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('reports since/until of the deciding rule in +08:00', () => {
    for (const c of report.cases) {
      for (const bound of [c.since, c.until]) {
        if (bound !== null)
          expect(bound).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+08:00$/);
      }
    }
  });
});

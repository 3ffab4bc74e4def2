/**
 * The README's rule table and list of shipped apps are generated from the ruleset JSON files by
 * scripts/readme-rules.mjs; the README as committed must be exactly what the script writes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appsList, loadRulesets, renderReadme, rulesTable } from '../../scripts/readme-rules.mjs';
import { SHIPPED_APPS } from '../../src/core/data/rulesets/index';
import { WECHAT_RULESET } from '../../src/core/data/rulesets/wechat';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README: generated from the rulesets', () => {
  it('is exactly what `npm run readme` would write', () => {
    expect(renderReadme(readme)).toBe(readme);
  });

  it('lists every shipped rule once, and every shipped app id', () => {
    const table = rulesTable(WECHAT_RULESET);
    for (const rule of WECHAT_RULESET.rules) {
      expect(table.split(`\`${rule.id}\``)).toHaveLength(2);
    }
    expect(loadRulesets().map((ruleset: { app: string }) => ruleset.app)).toEqual([
      ...SHIPPED_APPS,
    ]);
    for (const app of SHIPPED_APPS) expect(appsList(loadRulesets())).toContain(`\`${app}\``);
  });

  it('fails on a hand edit or a changed ruleset', () => {
    const edited = readme.replace(/\| `taobao-private-20211129` \|/, '| `edited` |');
    expect(edited).not.toBe(readme);
    expect(renderReadme(edited)).not.toBe(edited);
    const changed = JSON.parse(JSON.stringify(WECHAT_RULESET));
    changed.rules[0].outcome = 'blocked';
    expect(renderReadme(readme, [changed])).not.toBe(readme);
  });
});

describe('README: the project cites its own files', () => {
  it('does not point at a folder outside the project', () => {
    expect(readme).not.toMatch(/(?<![\w/])shared\//);
    expect(readme).not.toMatch(/policy-evidence|\.\.\/shared/);
  });

  it('explains how to propose a correction: edit the JSON, run npm test', () => {
    const section = readme.slice(readme.indexOf('### Proposing a correction'));
    expect(section).toContain('src/core/data/rulesets/wechat.json');
    expect(section).toContain('npm test');
    expect(section).toContain('npm run readme');
  });
});

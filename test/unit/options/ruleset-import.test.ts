import { describe, expect, it } from 'vitest';
import { SHIPPED_APPS } from '../../../src/core/data/rulesets/index';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { readRuleset } from '../../../src/core/policy/ruleset-read';
import { upgradeRuleset } from '../../../src/core/policy/ruleset-upgrade';
import {
  importRuleset,
  MAX_RULESET_BYTES,
  removeRuleset,
} from '../../../src/options/ruleset-import';
import { MAX_CUSTOM_RULESETS } from '../../../src/shared/settings';
import { makeRule, makeRuleset } from '../core/support/custom-ruleset';
import { format1Clean, format1Wechat } from '../core/support/format1-rulesets';

const valid = makeRuleset([makeRule({ id: 'all-open' })], { app: 'testchat' });
const json = (value: unknown) => JSON.stringify(value);

describe('importRuleset', () => {
  it('imports a valid ruleset next to the existing ones', () => {
    const other = makeRuleset([], { app: 'otherchat' });
    const result = importRuleset(json(valid), [other], SHIPPED_APPS);
    expect(result).toEqual({
      kind: 'imported',
      ruleset: valid,
      rulesets: [other, valid],
      replaced: false,
      upgradedFrom: null,
    });
  });

  it('replaces the custom ruleset with the same app id', () => {
    const older = makeRuleset([], { app: 'testchat' });
    const result = importRuleset(json(valid), [older], SHIPPED_APPS);
    expect(result).toMatchObject({ kind: 'imported', rulesets: [valid], replaced: true });
  });

  it('accepts a file that starts with a byte order mark', () => {
    expect(importRuleset(`\uFEFF${json(valid)}`, [], SHIPPED_APPS).kind).toBe('imported');
  });

  it('refuses a ruleset with the app id of a shipped one', () => {
    expect(importRuleset(json(WECHAT_RULESET), [], SHIPPED_APPS)).toEqual({
      kind: 'shipped-app',
      app: 'wechat',
    });
  });

  it('lists every problem the validator finds, each with its path', () => {
    const broken = {
      ...valid,
      format: 1,
      rules: [{ ...makeRule({ id: 'a' }), outcome: 'sometimes' }, makeRule({ id: 'a' })],
    };
    const result = importRuleset(json(broken), [], SHIPPED_APPS);
    expect(result.kind).toBe('problems');
    const paths = result.kind === 'problems' ? result.problems.map((problem) => problem.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['format', 'rules[0].outcome', 'rules[1].id']));
  });

  it('imports a format-1 ruleset upgraded to format 2 when the upgrade is valid', () => {
    const result = importRuleset(json(format1Clean()), [], SHIPPED_APPS);
    expect(result).toMatchObject({ kind: 'imported', upgradedFrom: 1, replaced: false });
    if (result.kind !== 'imported') return;
    expect(result.rulesets).toEqual([upgradeRuleset(format1Clean())]);
    expect(result.ruleset.format).toBe(2);
  });

  it('refuses a format-1 ruleset that needs quotes, offering its upgrade to download', () => {
    const real = { ...format1Wechat(), app: 'wechat-2021' };
    const result = importRuleset(json(real), [], SHIPPED_APPS);
    expect(result.kind).toBe('problems');
    if (result.kind !== 'problems' || result.upgrade === null) throw new Error('expected an offer');
    const reading = readRuleset(real);
    if (reading.ok || reading.upgrade === null) throw new Error('expected a failed upgrade');
    expect(result.upgrade.quotesNeeded).toEqual(reading.upgrade.quotesNeeded);
    expect(result.upgrade.fileName).toBe('wechat-2021-format-2.json');
    const offered = JSON.parse(result.upgrade.json);
    expect(offered).toEqual(upgradeRuleset(real));
    expect(offered.format).toBe(2);
    // Beyond the quotes, the one other problem: the invented locator.
    expect(result.problems.map((problem) => problem.path)).toEqual([
      expect.stringMatching(/^sources\[\d+\]\.url$/),
    ]);
  });

  it('says when the text is not JSON, or too large, or one ruleset too many', () => {
    expect(importRuleset('{"app": ', [], SHIPPED_APPS).kind).toBe('not-json');
    expect(importRuleset(' '.repeat(MAX_RULESET_BYTES + 1), [], SHIPPED_APPS).kind).toBe(
      'too-large',
    );
    const full = Array.from({ length: MAX_CUSTOM_RULESETS }, (_, i) =>
      makeRuleset([], { app: `app${i}` }),
    );
    expect(importRuleset(json(valid), full, SHIPPED_APPS)).toEqual({ kind: 'too-many' });
  });
});

describe('removeRuleset', () => {
  it('removes it, and goes back to WeChat when it was the chosen app', () => {
    const other = makeRuleset([], { app: 'otherchat' });
    expect(removeRuleset([valid, other], 'testchat', 'testchat', 'wechat')).toEqual({
      customRulesets: [other],
      app: 'wechat',
    });
    expect(removeRuleset([valid, other], 'testchat', 'otherchat', 'wechat').app).toBe('otherchat');
  });
});

/**
 * A custom ruleset kept in the extension's storage in format 1 (imported before format 2): read
 * from storage as it is, never rewritten, and used as upgraded to format 2 when that upgrade is
 * valid; otherwise the badges fall back to the shipped ruleset (the options page says why).
 */
import { describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { upgradeRuleset } from '../../../src/core/policy/ruleset-upgrade';
import { rulesetFor } from '../../../src/shared/policy-context';
import { parseSettings } from '../../../src/shared/settings';
import { format1Clean, format1Wechat } from '../core/support/format1-rulesets';

const stored = (ruleset: Record<string, unknown>, app: string) =>
  parseSettings({
    'settings.version': 1,
    'settings.app': app,
    'settings.customRulesets': [ruleset],
  });

describe('a stored format-1 ruleset', () => {
  it('is kept as stored, and used as upgraded to format 2', () => {
    const original = format1Clean();
    const parsed = stored(original, 'oldchat');
    expect(parsed.repaired).toEqual([]);
    expect(parsed.settings.app).toBe('oldchat');
    expect(parsed.settings.customRulesets).toEqual([format1Clean()]);
    const ruleset = rulesetFor(parsed.settings);
    expect(ruleset).toEqual(upgradeRuleset(format1Clean()));
    expect(ruleset.format).toBe(2);
    // Read once per stored object; the stored copy itself never changes.
    expect(rulesetFor(parsed.settings)).toBe(ruleset);
    expect(original).toEqual(format1Clean());
  });

  it('that needs quotes is kept as stored, and the shipped ruleset answers meanwhile', () => {
    const real = { ...format1Wechat(), app: 'wechat-2021' };
    const parsed = stored(real, 'wechat-2021');
    expect(parsed.settings.customRulesets).toEqual([{ ...format1Wechat(), app: 'wechat-2021' }]);
    expect(rulesetFor(parsed.settings)).toBe(WECHAT_RULESET);
  });
});

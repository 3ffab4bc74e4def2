import { describe, expect, it } from 'vitest';
import {
  getShippedRuleset,
  SHIPPED_APPS,
  SHIPPED_RULESETS,
} from '../../../src/core/data/rulesets/index';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';

describe('shipped ruleset registry', () => {
  it('lists WeChat by its app id', () => {
    expect(SHIPPED_APPS).toEqual(['wechat']);
    expect(SHIPPED_RULESETS.wechat).toBe(WECHAT_RULESET);
    expect(getShippedRuleset('wechat')).toBe(WECHAT_RULESET);
  });

  it('returns undefined for unknown ids, including inherited property names', () => {
    for (const id of ['qq', 'WeChat', 'toString', '__proto__', 'constructor', '']) {
      expect(getShippedRuleset(id)).toBeUndefined();
    }
  });

  it('keys each ruleset by its own app id', () => {
    for (const [id, ruleset] of Object.entries(SHIPPED_RULESETS)) expect(ruleset.app).toBe(id);
  });
});

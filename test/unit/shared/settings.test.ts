import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  MAX_CUSTOM_RULESETS,
  migrateSettings,
  parseSettings,
  repairChange,
  settingsWrites,
  shownScopes,
} from '../../../src/shared/settings';
import { makeRuleset } from '../core/support/custom-ruleset';

const custom = makeRuleset([], { app: 'testchat' });

/** The settings' fields, each stored under "settings.<field>" (the storage layout). */
const SETTINGS_FIELDS = Object.keys(DEFAULT_SETTINGS).filter((field) => field !== 'version');
const storageKey = (field: string) => `settings.${field}`;

describe('parseSettings', () => {
  it('reads empty storage as the defaults, with nothing repaired', () => {
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('reads every valid field', () => {
    const { settings, repaired } = parseSettings({
      'settings.version': 1,
      'settings.policyDate': '2021-11-29',
      'settings.app': 'testchat',
      'settings.scopes': 'group',
      'settings.categories': 'ecommerce',
      'settings.enabled': false,
      'settings.disabledSites': ['Example.COM', 'shop.example'],
      'settings.customRulesets': [custom],
    });
    expect(repaired).toEqual([]);
    expect(settings).toEqual({
      version: 1,
      policyDate: '2021-11-29',
      app: 'testchat',
      scopes: 'group',
      categories: 'ecommerce',
      enabled: false,
      disabledSites: ['example.com', 'shop.example'],
      customRulesets: [custom],
    });
  });

  it("checks a site's length after lower-casing it, so a repaired list stays repaired", () => {
    const long = `${'x'.repeat(252)}İ`; // 253 units, 254 once lower-cased
    const first = parseSettings({ 'settings.disabledSites': [long, 'shop.example'] });
    expect(first.settings.disabledSites).toEqual(['shop.example']);
    expect(first.repaired).toContain('disabledSites');
    const again = parseSettings({ 'settings.disabledSites': first.settings.disabledSites });
    expect(again.repaired).toEqual([]);
  });

  it.each([
    ['policyDate', '2021-02-30'],
    ['policyDate', '29/11/2021'],
    ['policyDate', 20211129],
    ['app', 'WeChat!'],
    ['scopes', 'moments'],
    ['categories', ['all']],
    ['enabled', 'yes'],
    ['disabledSites', 'example.com'],
    ['customRulesets', { app: 'x' }],
  ])('repairs a corrupt %s alone and keeps the other fields', (field, value) => {
    const { settings, repaired } = parseSettings({
      'settings.scopes': 'private',
      'settings.enabled': false,
      'settings.policyDate': '2021-11-28',
      [`settings.${field}`]: value,
    });
    expect(repaired).toEqual([field]);
    expect(settings[field as keyof typeof settings]).toEqual(
      DEFAULT_SETTINGS[field as keyof typeof DEFAULT_SETTINGS],
    );
    for (const [other, expected] of [
      ['scopes', 'private'],
      ['enabled', false],
      ['policyDate', '2021-11-28'],
    ] as const) {
      if (other !== field) expect(settings[other]).toBe(expected);
    }
  });

  it('keeps the good entries of a list and reports the list as repaired', () => {
    const { settings, repaired } = parseSettings({
      'settings.disabledSites': ['good.example', 42, 'bad site', 'other.example'],
      'settings.customRulesets': [custom, { app: 'broken' }, null],
    });
    expect(settings.disabledSites).toEqual(['good.example', 'other.example']);
    expect(settings.customRulesets).toEqual([custom]);
    expect(repaired).toEqual(['disabledSites', 'customRulesets']);
  });

  it('drops a stored custom ruleset that claims a shipped app id, or repeats an app id', () => {
    const impostor = { ...WECHAT_RULESET, rules: [] };
    const { settings, repaired } = parseSettings({
      'settings.customRulesets': [impostor, custom, { ...custom }],
    });
    expect(settings.customRulesets).toEqual([custom]);
    expect(repaired).toEqual(['customRulesets']);
  });

  it('keeps at most the allowed number of custom rulesets', () => {
    const many = Array.from({ length: MAX_CUSTOM_RULESETS + 3 }, (_, i) =>
      makeRuleset([], { app: `app${i}` }),
    );
    const { settings, repaired } = parseSettings({ 'settings.customRulesets': many });
    expect(settings.customRulesets).toHaveLength(MAX_CUSTOM_RULESETS);
    expect(repaired).toEqual(['customRulesets']);
  });

  it('falls back to WeChat when the chosen app has no ruleset', () => {
    const { settings, repaired } = parseSettings({ 'settings.app': 'gone' });
    expect(settings.app).toBe('wechat');
    expect(repaired).toEqual(['app']);
  });

  it('accepts null as "now" for the policy date', () => {
    expect(parseSettings({ 'settings.policyDate': null }).settings.policyDate).toBeNull();
  });

  it('ignores keys that are not settings, and undefined values', () => {
    const parsed = parseSettings({ errorLog: [], 'report.1.0': {}, 'settings.scopes': undefined });
    expect(parsed).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('never throws, and always gives usable settings, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...SETTINGS_FIELDS.map((field) => storageKey(field)), 'settings.version'),
          fc.anything(),
        ),
        (raw) => {
          const { settings, repaired } = parseSettings(raw);
          expect(['both', 'private', 'group']).toContain(settings.scopes);
          expect(typeof settings.enabled).toBe('boolean');
          expect(Array.isArray(settings.disabledSites)).toBe(true);
          for (const field of repaired) expect(SETTINGS_FIELDS).toContain(field);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('settings versions', () => {
  it('runs the migrations from the stored version up, in order', () => {
    const steps: number[] = [];
    const migrations = {
      1: (raw: Record<string, unknown>) => {
        steps.push(1);
        return { ...raw, 'settings.scopes': raw['settings.chatKinds'] };
      },
      2: (raw: Record<string, unknown>) => {
        steps.push(2);
        return raw;
      },
    };
    const migrated = migrateSettings(
      { 'settings.version': 1, 'settings.chatKinds': 'group' },
      migrations,
      3,
    );
    expect(steps).toEqual([1, 2]);
    expect(migrated['settings.scopes']).toBe('group');
  });

  it('treats a missing or corrupt version as the current one: nothing to migrate', () => {
    const fail = () => {
      throw new Error('must not run');
    };
    expect(migrateSettings({ 'settings.version': 'x' }, { 1: fail }, 2)).toEqual({
      'settings.version': 'x',
    });
    expect(() => migrateSettings({}, { 1: fail }, 1)).not.toThrow();
  });

  it('reads a newer version field by field', () => {
    const parsed = parseSettings({ 'settings.version': 7, 'settings.scopes': 'group' });
    expect(parsed.settings.scopes).toBe('group');
  });
});

describe('repairChange', () => {
  it('stores the repaired values, so a repair is reported once', () => {
    const first = parseSettings({
      'settings.scopes': 'nonsense',
      'settings.disabledSites': ['a.example', 7],
      'settings.enabled': false,
    });
    const change = repairChange(first);
    expect(change).toEqual({ scopes: 'both', disabledSites: ['a.example'] });
    const writes = settingsWrites(change);
    const again = parseSettings({
      'settings.scopes': 'nonsense',
      'settings.disabledSites': ['a.example', 7],
      'settings.enabled': false,
      ...writes.sync,
      ...writes.local,
    });
    expect(again.repaired).toEqual([]);
    expect(again.settings.enabled).toBe(false);
  });
});

describe('settingsWrites', () => {
  it('puts each field in its area, with the version', () => {
    expect(settingsWrites({ policyDate: '2021-11-29', disabledSites: ['x.example'] })).toEqual({
      sync: { 'settings.policyDate': '2021-11-29', 'settings.version': 1 },
      local: { 'settings.disabledSites': ['x.example'], 'settings.version': 1 },
    });
    expect(settingsWrites({ customRulesets: [] })).toEqual({
      sync: {},
      local: { 'settings.customRulesets': [], 'settings.version': 1 },
    });
  });
});

describe('isActiveOn and shownScopes', () => {
  it('is off everywhere when disabled, and off on a listed site (any case)', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['shop.example'] };
    expect(isActiveOn(settings, 'Shop.Example')).toBe(false);
    expect(isActiveOn(settings, 'other.example')).toBe(true);
    expect(isActiveOn({ ...settings, enabled: false }, 'other.example')).toBe(false);
  });

  it('shows every scope of the ruleset for "both", else the one chosen', () => {
    expect(shownScopes(DEFAULT_SETTINGS, ['private', 'group'])).toEqual(['private', 'group']);
    expect(shownScopes({ ...DEFAULT_SETTINGS, scopes: 'group' }, ['private', 'group'])).toEqual([
      'group',
    ]);
  });
});

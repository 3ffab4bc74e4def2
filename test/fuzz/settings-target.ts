/** Fuzz target for the settings parser: any stored values give valid settings, repaired once. */
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  MAX_CUSTOM_RULESETS,
  type ParsedSettings,
  parseSettings,
  repairChange,
  type Settings,
  SHIPPED_APP_IDS,
  settingsWrites,
} from '../../src/shared/settings';
import { check, checkEqual, show, timed } from './invariants';

/** The settings' version and fields, each stored under "settings.<field>" (the storage layout). */
const SETTINGS_VERSION = DEFAULT_SETTINGS.version;
const SETTINGS_FIELDS = Object.keys(DEFAULT_SETTINGS).filter((field) => field !== 'version');
const storageKey = (field: string) => `settings.${field}`;

/** Settings that every part of the extension can use as they are. */
function checkValid(settings: Settings, what: () => string): void {
  check(settings.version === SETTINGS_VERSION, () => `${what()}: version ${settings.version}`);
  const date = settings.policyDate;
  check(
    date === null ||
      (/^\d{4}-\d{2}-\d{2}$/.test(date) &&
        new Date(`${date}T00:00Z`).toISOString().startsWith(date)),
    () => `${what()}: policyDate ${show(date)}`,
  );
  check(
    /^[a-z][a-z0-9_-]{0,39}$/.test(settings.app) &&
      (SHIPPED_APP_IDS.includes(settings.app) ||
        settings.customRulesets.some((r) => r.app === settings.app)),
    () => `${what()}: app ${show(settings.app)} has no ruleset`,
  );
  check(['both', 'private', 'group'].includes(settings.scopes), `scopes ${settings.scopes}`);
  check(['all', 'ecommerce'].includes(settings.categories), `categories ${settings.categories}`);
  check(typeof settings.enabled === 'boolean', `enabled ${show(settings.enabled)}`);
  const sites = settings.disabledSites;
  check(Array.isArray(sites) && new Set(sites).size === sites.length, 'disabledSites repeat');
  for (const site of sites) {
    check(
      typeof site === 'string' &&
        site.length > 0 &&
        site.length <= 253 &&
        !/[\s/]/.test(site) &&
        site === site.toLowerCase(),
      () => `${what()}: disabled site ${show(site)}`,
    );
  }
  const rulesets = settings.customRulesets;
  check(Array.isArray(rulesets) && rulesets.length <= MAX_CUSTOM_RULESETS, 'customRulesets');
  const apps = rulesets.map((r) => r.app);
  check(new Set(apps).size === apps.length, () => `${what()}: custom apps repeat: ${show(apps)}`);
  for (const r of rulesets) {
    check(
      typeof r.app === 'string' && !SHIPPED_APP_IDS.includes(r.app) && Array.isArray(r.rules),
      () => `${what()}: custom ruleset for ${show(r.app)}`,
    );
  }
}

/** Storage after `change` is saved on top of `raw`, as the settings store writes it. */
function saved(raw: Record<string, unknown>, change: Partial<Omit<Settings, 'version'>>) {
  const writes = settingsWrites(change);
  return { ...raw, ...writes.sync, ...writes.local };
}

function checkSettings(raw: Record<string, unknown>): void {
  const what = () => `parseSettings(${show(raw)})`;
  const parsed: ParsedSettings = timed(() => parseSettings(raw), what);
  checkValid(parsed.settings, what);
  const { repaired } = parsed;
  check(new Set(repaired).size === repaired.length, () => `${what()}: repaired ${repaired}`);
  for (const field of repaired) check(SETTINGS_FIELDS.includes(field), `repaired ${field}`);
  checkEqual(parseSettings(raw), parsed, `${what()} a second time`);

  // Saving the repair makes the stored values valid: the next read repairs nothing.
  const repairedRaw = saved(raw, repairChange(parsed));
  checkEqual(
    parseSettings(repairedRaw),
    { settings: parsed.settings, repaired: [] },
    `${what()} after its repair is saved`,
  );

  // Saving all the settings read, and reading them back, changes nothing.
  const { version: _, ...fields } = parsed.settings;
  checkEqual(
    parseSettings(saved({}, fields)),
    { settings: parsed.settings, repaired: [] },
    `${what()} saved whole and read back`,
  );
}

/** Values of any type, small: a stored value is rarely deep. */
const junk = fc.anything({ maxDepth: 2, maxKeys: 4 });

const date = fc.oneof(
  fc
    .date({
      min: new Date('1000-01-01T00:00Z'),
      max: new Date('9999-12-31T00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2021-02-29', '2024-02-29', '2021-13-01', '2021-00-10', '0000-01-01', '2021-1-1'),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
);

const appId = fc.oneof(
  fc.constantFrom(
    'wechat',
    'testchat',
    'qq',
    'WeChat',
    'we chat',
    '',
    'a'.repeat(40),
    'a'.repeat(41),
  ),
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/),
);

const hostname = fc.oneof(
  fc.domain(),
  fc.constantFrom('Example.COM', 'example.com', 'EXAMPLE.com', 'shop.example', 'a b', 'a/b', ''),
  fc
    .tuple(fc.nat({ max: 253 }), fc.constantFrom('a', 'A', 'K', 'ß', 'Σ'))
    .map(([n, c]) => 'x'.repeat(n) + c),
  // "İ" lower-cases to two UTF-16 units: a host of 253 units with it is 254 once lower-cased.
  fc.nat({ max: 253 }).map((n) => `${'x'.repeat(n)}İ`),
  fc.string({ maxLength: 20 }),
);

const rulesetLike = fc.oneof(
  fc.record({ app: appId, rules: fc.array(junk, { maxLength: 2 }) }),
  fc.record({ app: appId, rules: junk }, { requiredKeys: [] }),
  junk,
);

const stored = fc
  .tuple(
    fc.record(
      {
        [storageKey('version')]: fc.oneof(
          fc.constantFrom(1, 2, 0, -1, 1.5, '1', null, Number.NaN),
          junk,
        ),
        [storageKey('policyDate')]: fc.oneof(date, fc.constant(null), junk),
        [storageKey('app')]: fc.oneof(appId, junk),
        [storageKey('scopes')]: fc.oneof(
          fc.constantFrom('both', 'private', 'group', 'moments', 'BOTH'),
          junk,
        ),
        [storageKey('categories')]: fc.oneof(fc.constantFrom('all', 'ecommerce', 'x'), junk),
        [storageKey('enabled')]: fc.oneof(fc.boolean(), junk),
        [storageKey('disabledSites')]: fc.oneof(
          fc.array(hostname, { maxLength: 8 }),
          fc.array(fc.oneof(hostname, junk), { maxLength: 4 }),
          junk,
        ),
        [storageKey('customRulesets')]: fc.oneof(
          fc.array(rulesetLike, { maxLength: MAX_CUSTOM_RULESETS + 3 }),
          junk,
        ),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 3 }),
  )
  .map(([settings, other]) => ({ ...other, ...settings }) as Record<string, unknown>);

export const settingsTarget = () => fc.property(stored, checkSettings);

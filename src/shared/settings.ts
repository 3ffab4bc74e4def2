/**
 * The settings popup, options page, background and content script share: their types, defaults,
 * and a parser that repairs each field on its own. Pure: storage lives in settings-store.ts.
 *
 * A missing, old-version or corrupt field falls back to its default alone; the others are kept,
 * and `repaired` lists the fields that were replaced, so the popup can say so once.
 */
import type { Ruleset } from '../core/policy/rule';

const SETTINGS_VERSION = 1;
/** Apps with a shipped ruleset (kept here so that settings need not load the rulesets). */
export const SHIPPED_APP_IDS: readonly string[] = ['wechat'];

export type ScopeChoice = 'both' | 'private' | 'group';
export type CategoryChoice = 'all' | 'ecommerce';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** The policy date as YYYY-MM-DD (end of that day, China time), or null for "now". */
  policyDate: string | null;
  /** App whose rules apply: a shipped app id, or the app id of a custom ruleset. */
  app: string;
  scopes: ScopeChoice;
  categories: CategoryChoice;
  /** The global switch. */
  enabled: boolean;
  /** Hostnames where the extension is switched off. */
  disabledSites: string[];
  /**
   * Rulesets the user imported. They were validated on import; this parser only checks their
   * shape, and whoever evaluates one validates it again (see policy-context.ts).
   */
  customRulesets: Ruleset[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  policyDate: null,
  app: 'wechat',
  scopes: 'both',
  categories: 'all',
  enabled: true,
  disabledSites: [],
  customRulesets: [],
});

export type SettingsField = Exclude<keyof Settings, 'version'>;

/** Which storage area holds each field: small preferences sync, bulky or per-site data stays local. */
const FIELD_AREA: Readonly<Record<SettingsField, 'sync' | 'local'>> = {
  policyDate: 'sync',
  app: 'sync',
  scopes: 'sync',
  categories: 'sync',
  enabled: 'sync',
  disabledSites: 'local',
  customRulesets: 'local',
};

const SETTINGS_FIELDS = Object.keys(FIELD_AREA) as SettingsField[];
/** Storage keys are prefixed, so other data in the same areas cannot collide. */
const storageKey = (field: SettingsField | 'version') => `settings.${field}`;

const MAX_SITES = 10_000;
/** How many custom rulesets the settings keep. */
export const MAX_CUSTOM_RULESETS = 20;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isHostname = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 253 && !/[\s/]/.test(value);

/** A field's value as read, and whether some of its entries were unusable and dropped. */
type FieldResult<T> = { value: T; lossy: boolean } | undefined;

const whole = <T>(value: T | undefined): FieldResult<T> =>
  value === undefined ? undefined : { value, lossy: false };

const looksLikeRuleset = (entry: unknown): entry is Ruleset =>
  typeof entry === 'object' &&
  entry !== null &&
  typeof (entry as Ruleset).app === 'string' &&
  !SHIPPED_APP_IDS.includes((entry as Ruleset).app) &&
  Array.isArray((entry as Ruleset).rules);

/**
 * Parses one field; undefined means "not valid: use the default". Lists keep their usable
 * entries and drop the others (lossy), so one bad entry does not cost the whole list.
 */
const FIELD_PARSERS: { [K in SettingsField]: (value: unknown) => FieldResult<Settings[K]> } = {
  policyDate: (value) => whole(value === null ? null : isDate(value) ? value : undefined),
  app: (value) =>
    whole(typeof value === 'string' && /^[a-z][a-z0-9_-]{0,39}$/.test(value) ? value : undefined),
  scopes: (value) =>
    whole(value === 'both' || value === 'private' || value === 'group' ? value : undefined),
  categories: (value) => whole(value === 'all' || value === 'ecommerce' ? value : undefined),
  enabled: (value) => whole(typeof value === 'boolean' ? value : undefined),
  disabledSites: (value) => {
    if (!Array.isArray(value)) return undefined;
    // Lower-cased before the check: a few characters grow when lower-cased ("İ" is two units).
    const sites = value
      .map((site) => (typeof site === 'string' ? site.toLowerCase() : site))
      .filter(isHostname)
      .slice(0, MAX_SITES);
    return { value: [...new Set(sites)], lossy: sites.length !== value.length };
  },
  customRulesets: (value) => {
    if (!Array.isArray(value)) return undefined;
    const seen = new Set<string>();
    const rulesets = value.filter((entry): entry is Ruleset => {
      if (!looksLikeRuleset(entry) || seen.has(entry.app)) return false;
      seen.add(entry.app);
      return true;
    });
    const kept = rulesets.slice(0, MAX_CUSTOM_RULESETS);
    return { value: kept, lossy: kept.length !== value.length };
  },
};

/** Raw storage pairs of one settings version, turned into those of the next version. */
export type SettingsMigration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from: MIGRATIONS[n] turns version n into n + 1.
 * There is only version 1 so far, so there is nothing to migrate yet.
 */
const MIGRATIONS: Readonly<Record<number, SettingsMigration>> = {};

/** The stored settings version; a missing or corrupt one counts as the current version. */
function storedVersion(raw: Record<string, unknown>, current: number): number {
  const version = raw[storageKey('version')];
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 1
    ? version
    : current;
}

/** Applies the migrations from the stored version up to the current one, in order. */
export function migrateSettings(
  raw: Record<string, unknown>,
  migrations: Readonly<Record<number, SettingsMigration>> = MIGRATIONS,
  target: number = SETTINGS_VERSION,
): Record<string, unknown> {
  let current = raw;
  for (let version = storedVersion(raw, target); version < target; version++) {
    const step = migrations[version];
    if (step) current = step(current);
  }
  return current;
}

export interface ParsedSettings {
  settings: Settings;
  /**
   * Fields whose stored value was present but unusable and were reset to their default, or
   * lists from which unusable entries were dropped.
   */
  repaired: SettingsField[];
}

/**
 * Reads settings from the raw key/value pairs of storage (both areas merged). Never throws.
 * Old versions are migrated first (see MIGRATIONS); a version newer than this code is read field
 * by field all the same, each unusable field falling back to its default.
 */
export function parseSettings(stored: Record<string, unknown>): ParsedSettings {
  const raw = migrateSettings(stored);
  const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [], customRulesets: [] };
  const repaired: SettingsField[] = [];
  for (const field of SETTINGS_FIELDS) {
    const key = storageKey(field);
    if (!(key in raw) || raw[key] === undefined) continue;
    const parsed = FIELD_PARSERS[field](raw[key]);
    if (parsed === undefined || parsed.lossy) repaired.push(field);
    if (parsed !== undefined)
      (settings as unknown as Record<string, unknown>)[field] = parsed.value;
  }
  // The chosen app must exist: a shipped app or one of the custom rulesets.
  if (
    !SHIPPED_APP_IDS.includes(settings.app) &&
    !settings.customRulesets.some((r) => r.app === settings.app)
  ) {
    if (!repaired.includes('app')) repaired.push('app');
    settings.app = DEFAULT_SETTINGS.app;
  }
  return { settings, repaired };
}

/** The storage writes for a partial change, split by area. */
export function settingsWrites(change: Partial<Omit<Settings, 'version'>>): {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
} {
  const writes = { sync: {} as Record<string, unknown>, local: {} as Record<string, unknown> };
  for (const [field, value] of Object.entries(change) as [SettingsField, unknown][]) {
    if (!(field in FIELD_AREA)) continue;
    writes[FIELD_AREA[field]][storageKey(field)] = value;
    writes[FIELD_AREA[field]][storageKey('version')] = SETTINGS_VERSION;
  }
  return writes;
}

/** Whether the extension should badge a page on this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}

/**
 * The change that stores the defaults of the repaired fields, so that a repair is reported once:
 * after it is saved, those fields read as valid.
 */
export function repairChange(parsed: ParsedSettings): Partial<Omit<Settings, 'version'>> {
  const change: Record<string, unknown> = {};
  for (const field of parsed.repaired) change[field] = parsed.settings[field];
  return change as Partial<Omit<Settings, 'version'>>;
}

/** The scopes badges show: every scope of the ruleset, or the one chosen. */
export function shownScopes(settings: Settings, rulesetScopes: readonly string[]): string[] {
  return settings.scopes === 'both' ? [...rulesetScopes] : [settings.scopes];
}

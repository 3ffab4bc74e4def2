/**
 * The settings popup, options page, background and content script share: their types, defaults,
 * and a parser that repairs each field on its own. Pure: storage lives in settings-store.ts.
 *
 * A missing, old-version or corrupt field falls back to its default alone; the others are kept,
 * and `repaired` lists the fields that were replaced, so the popup can say so once.
 */
import type { Ruleset } from '../core/rule';

export const SETTINGS_VERSION = 1;
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
export const FIELD_AREA: Readonly<Record<SettingsField, 'sync' | 'local'>> = {
  policyDate: 'sync',
  app: 'sync',
  scopes: 'sync',
  categories: 'sync',
  enabled: 'sync',
  disabledSites: 'local',
  customRulesets: 'local',
};

export const SETTINGS_FIELDS = Object.keys(FIELD_AREA) as SettingsField[];
/** Storage keys are prefixed, so other data in the same areas cannot collide. */
export const storageKey = (field: SettingsField | 'version') => `settings.${field}`;

const MAX_SITES = 10_000;
const MAX_RULESETS = 20;
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

/** Parses one field; undefined means "not valid: use the default". */
const FIELD_PARSERS: { [K in SettingsField]: (value: unknown) => Settings[K] | undefined } = {
  policyDate: (value) => (value === null ? null : isDate(value) ? value : undefined),
  app: (value) =>
    typeof value === 'string' && /^[a-z][a-z0-9_-]{0,39}$/.test(value) ? value : undefined,
  scopes: (value) =>
    value === 'both' || value === 'private' || value === 'group' ? value : undefined,
  categories: (value) => (value === 'all' || value === 'ecommerce' ? value : undefined),
  enabled: (value) => (typeof value === 'boolean' ? value : undefined),
  disabledSites: (value) => {
    if (!Array.isArray(value) || value.length > MAX_SITES || !value.every(isHostname))
      return undefined;
    return [...new Set(value.map((site) => site.toLowerCase()))];
  },
  customRulesets: (value) => {
    if (!Array.isArray(value) || value.length > MAX_RULESETS) return undefined;
    const looksLikeRuleset = (entry: unknown) =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as Ruleset).app === 'string' &&
      Array.isArray((entry as Ruleset).rules);
    return value.every(looksLikeRuleset) ? (value as Ruleset[]) : undefined;
  },
};

export interface ParsedSettings {
  settings: Settings;
  /** Fields whose stored value was present but unusable, and were reset to their default. */
  repaired: SettingsField[];
}

/**
 * Reads settings from the raw key/value pairs of storage (both areas merged). Never throws.
 * Old versions are migrated field by field; there is only version 1 so far.
 */
export function parseSettings(raw: Record<string, unknown>): ParsedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [], customRulesets: [] };
  const repaired: SettingsField[] = [];
  for (const field of SETTINGS_FIELDS) {
    const key = storageKey(field);
    if (!(key in raw) || raw[key] === undefined) continue;
    const parsed = FIELD_PARSERS[field](raw[key]);
    if (parsed === undefined) repaired.push(field);
    else (settings as unknown as Record<string, unknown>)[field] = parsed;
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

/**
 * Importing a custom ruleset from JSON text: read (a format-1 ruleset is upgraded to format 2
 * first), checked by the core's validator, refused when its app id is that of a shipped ruleset,
 * and added (or put in place of the custom ruleset with the same app id). Pure: the caller stores
 * `rulesets` only when the result is "imported", so a bad file changes nothing.
 */
import type { Ruleset } from '../core/policy/rule';
import { readRuleset } from '../core/policy/ruleset-read';
import type { QuoteNeeded } from '../core/policy/ruleset-upgrade';
import type { ValidationProblem } from '../core/policy/ruleset-validate';
import { MAX_CUSTOM_RULESETS } from '../shared/settings';

/** Largest file accepted (the shipped WeChat ruleset is about 100 kB as JSON). */
export const MAX_RULESET_BYTES = 1_000_000;

/** A format-1 ruleset whose upgrade cannot be used as it is: the upgrade, to download and complete. */
export interface UpgradeOffer {
  /** The upgraded ruleset as JSON text (two-space indent). */
  json: string;
  /** A file name for it, e.g. "mychat-format-2.json". */
  fileName: string;
  quotesNeeded: QuoteNeeded[];
}

export type ImportResult =
  | {
      kind: 'imported';
      ruleset: Ruleset;
      rulesets: Ruleset[];
      replaced: boolean;
      /** 1 when the text was a format-1 ruleset, stored upgraded to format 2. */
      upgradedFrom: 1 | null;
    }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json'; detail: string }
  | { kind: 'problems'; problems: ValidationProblem[]; upgrade: UpgradeOffer | null }
  | { kind: 'shipped-app'; app: string }
  | { kind: 'too-many' };

/** The upgraded form of a format-1 ruleset, offered for download, or null for none. */
export function upgradeOffer(
  upgrade: { ruleset: Record<string, unknown>; quotesNeeded: QuoteNeeded[] } | null,
): UpgradeOffer | null {
  if (upgrade === null) return null;
  const app = typeof upgrade.ruleset.app === 'string' ? upgrade.ruleset.app : 'ruleset';
  return {
    json: `${JSON.stringify(upgrade.ruleset, null, 2)}\n`,
    fileName: `${app.replace(/[^a-z0-9_-]/gi, '_') || 'ruleset'}-format-2.json`,
    quotesNeeded: upgrade.quotesNeeded,
  };
}

export function importRuleset(
  text: string,
  existing: readonly Ruleset[],
  shippedApps: readonly string[],
): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_RULESET_BYTES) return { kind: 'too-large', bytes };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const check = readRuleset(value);
  if (!check.ok) {
    return { kind: 'problems', problems: check.problems, upgrade: upgradeOffer(check.upgrade) };
  }
  const ruleset = check.ruleset;
  if (shippedApps.includes(ruleset.app)) return { kind: 'shipped-app', app: ruleset.app };
  const replaced = existing.some((entry) => entry.app === ruleset.app);
  if (!replaced && existing.length >= MAX_CUSTOM_RULESETS) return { kind: 'too-many' };
  const rulesets = replaced
    ? existing.map((entry) => (entry.app === ruleset.app ? ruleset : entry))
    : [...existing, ruleset];
  return { kind: 'imported', ruleset, rulesets, replaced, upgradedFrom: check.upgradedFrom };
}

/** The settings change that removes one custom ruleset (and leaves its app, if it was chosen). */
export function removeRuleset(
  existing: readonly Ruleset[],
  app: string,
  chosenApp: string,
  fallbackApp: string,
): { customRulesets: Ruleset[]; app: string } {
  return {
    customRulesets: existing.filter((entry) => entry.app !== app),
    app: chosenApp === app ? fallbackApp : chosenApp,
  };
}

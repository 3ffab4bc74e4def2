/**
 * Importing a custom ruleset from JSON text: read, checked by the core's validator, refused when
 * its app id is that of a shipped ruleset, and added (or put in place of the custom ruleset with
 * the same app id). Pure: the caller stores `rulesets` only when the result is "imported", so a
 * bad file changes nothing.
 */
import type { Ruleset } from '../core/policy/rule';
import { type ValidationProblem, validateRuleset } from '../core/policy/ruleset-validate';
import { MAX_CUSTOM_RULESETS } from '../shared/settings';

/** Largest file accepted (the shipped WeChat ruleset is about 100 kB as JSON). */
export const MAX_RULESET_BYTES = 1_000_000;

export type ImportResult =
  | { kind: 'imported'; ruleset: Ruleset; rulesets: Ruleset[]; replaced: boolean }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json'; detail: string }
  | { kind: 'problems'; problems: ValidationProblem[] }
  | { kind: 'shipped-app'; app: string }
  | { kind: 'too-many' };

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
  const check = validateRuleset(value);
  if (!check.ok) return { kind: 'problems', problems: check.problems };
  const ruleset = check.ruleset;
  if (shippedApps.includes(ruleset.app)) return { kind: 'shipped-app', app: ruleset.app };
  const replaced = existing.some((entry) => entry.app === ruleset.app);
  if (!replaced && existing.length >= MAX_CUSTOM_RULESETS) return { kind: 'too-many' };
  const rulesets = replaced
    ? existing.map((entry) => (entry.app === ruleset.app ? ruleset : entry))
    : [...existing, ruleset];
  return { kind: 'imported', ruleset, rulesets, replaced };
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

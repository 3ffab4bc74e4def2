/**
 * Reading a ruleset someone gives (a file for `--ruleset`, an import on the options page, a
 * ruleset kept in the extension's storage, a library call): a ruleset of format 1 is upgraded to
 * format 2 first (see ruleset-upgrade.ts), and what results is validated. The value given is
 * never changed. Pure; never throws.
 */
import type { Ruleset } from './rule';
import { isFormat1, type QuoteNeeded, quotesNeeded, upgradeRuleset } from './ruleset-upgrade';
import { type ValidationProblem, validateRuleset } from './ruleset-validate';

/** A format-1 ruleset whose upgrade does not validate: the upgrade, and the quotes it lacks. */
export interface FailedUpgrade {
  /** The format-2 form (for the author to complete: add the quotes, fix the problems). */
  ruleset: Record<string, unknown>;
  /** The sources that need a quote, with the rules and events citing them. */
  quotesNeeded: QuoteNeeded[];
}

export type RulesetReading =
  | { ok: true; ruleset: Ruleset; upgradedFrom: 1 | null }
  | {
      ok: false;
      /**
       * What is wrong, with paths; for a format-1 ruleset, in its upgraded form and apart from
       * the missing quotes (listed in `upgrade.quotesNeeded`).
       */
      problems: ValidationProblem[];
      upgrade: FailedUpgrade | null;
    };

/** The upgraded ruleset with a stand-in quote for each source that lacks one. */
function withStandInQuotes(
  ruleset: Record<string, unknown>,
  needed: readonly QuoteNeeded[],
): Record<string, unknown> {
  const ids = new Set(needed.map((entry) => entry.source));
  const sources = (ruleset.sources as unknown[]).map((source) =>
    typeof source === 'object' && source !== null && ids.has((source as { id: string }).id)
      ? { ...source, quote: { text: '…', lang: 'en' } }
      : source,
  );
  return { ...ruleset, sources };
}

export function readRuleset(value: unknown): RulesetReading {
  if (!isFormat1(value)) {
    const check = validateRuleset(value);
    return check.ok
      ? { ok: true, ruleset: check.ruleset, upgradedFrom: null }
      : { ok: false, problems: check.problems, upgrade: null };
  }
  const upgraded = upgradeRuleset(value);
  const check = validateRuleset(upgraded);
  if (check.ok) return { ok: true, ruleset: check.ruleset, upgradedFrom: 1 };
  const needed = quotesNeeded(upgraded);
  // The problems beyond the missing quotes: those that remain once every quote is there.
  const rest = validateRuleset(withStandInQuotes(upgraded, needed));
  return {
    ok: false,
    problems: rest.ok ? [] : rest.problems,
    upgrade: { ruleset: upgraded, quotesNeeded: needed },
  };
}

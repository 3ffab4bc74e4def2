import { classify } from '../core/classify/classify';
import { getShippedRuleset, SHIPPED_APPS } from '../core/data/rulesets/index';
import { parsePolicyDate, toEpochMs } from '../core/policy/china-time';
import type { Ruleset } from '../core/policy/rule';
import { readRuleset } from '../core/policy/ruleset-read';
import { validateRuleset } from '../core/policy/ruleset-validate';
import { type CheckRecord, checkRecord } from '../core/record/check-record';

/** What `check` evaluates against; every field is optional. */
export interface CheckOptions {
  /**
   * The instant: epoch milliseconds, a Date, or the command line's `--at` text: "YYYY-MM-DD" (the
   * end of that day in China time, UTC+08:00) or an ISO 8601 date-time with an offset. Default: now.
   */
  at?: number | Date | string;
  /** App id of a shipped ruleset (default "wechat"); with `ruleset`, it must be that ruleset's app. */
  app?: string;
  /** Base URL for relative inputs. */
  base?: string;
  /**
   * A custom ruleset (parsed JSON), read as `--ruleset` reads it (format 1 upgraded to format 2
   * first, then validated): an invalid one throws.
   */
  ruleset?: unknown;
}

/** A ruleset given to `check` is invalid; `problems` lists each problem with its path. */
export class RulesetError extends TypeError {
  readonly problems: { path: string; message: string }[];
  constructor(problems: { path: string; message: string }[]) {
    super(`invalid ruleset: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'RulesetError';
    this.problems = problems;
  }
}

/** Custom rulesets already validated, by object (a ruleset is validated once, not per call). */
const validated = new WeakMap<object, Ruleset>();

function rulesetOf(app: string | undefined, ruleset: unknown): Ruleset {
  if (ruleset !== undefined) {
    let valid =
      typeof ruleset === 'object' && ruleset !== null ? validated.get(ruleset) : undefined;
    if (valid === undefined) {
      // A format-1 ruleset is upgraded to format 2 first, as `--ruleset` does.
      const result = readRuleset(ruleset);
      if (!result.ok) {
        const upgraded = result.upgrade?.ruleset;
        const all = upgraded === undefined ? null : validateRuleset(upgraded);
        throw new RulesetError(all !== null && !all.ok ? all.problems : result.problems);
      }
      valid = result.ruleset;
      if (typeof ruleset === 'object' && ruleset !== null) validated.set(ruleset, valid);
    }
    if (app !== undefined && app !== valid.app) {
      throw new RangeError(`app "${app}" does not match the ruleset's app "${valid.app}"`);
    }
    return valid;
  }
  const id = app ?? 'wechat';
  const shipped = getShippedRuleset(id);
  if (!shipped)
    throw new RangeError(`unknown app "${id}": known apps are ${SHIPPED_APPS.join(', ')}`);
  return shipped;
}

function instantOf(at: number | Date | string | undefined): number {
  if (at === undefined) return Date.now();
  if (typeof at === 'string') {
    const parsed = parsePolicyDate(at);
    if (!parsed.ok) throw new RangeError(`at ${at}: ${parsed.error}`);
    return parsed.at;
  }
  const ms = toEpochMs(at);
  if (!Number.isFinite(ms)) throw new RangeError(`at: not a valid instant (${String(at)})`);
  return ms;
}

/**
 * The answer for one input (a URL, a relative URL with `base`, or a text with share codes):
 * exactly the object `chat-link-lens check --json` writes for it. Throws RangeError for a bad
 * `at`, `base` or `app`, and RulesetError for an invalid `ruleset`; never for the input itself.
 */
export function check(input: string, options: CheckOptions = {}): CheckRecord {
  const ruleset = rulesetOf(options.app, options.ruleset);
  const at = instantOf(options.at);
  const { base } = options;
  if (base !== undefined && (typeof base !== 'string' || !URL.canParse(base))) {
    throw new RangeError(`base ${String(base)}: not an absolute URL`);
  }
  return checkRecord(classify(input, base, { warnings: true }), ruleset, at);
}

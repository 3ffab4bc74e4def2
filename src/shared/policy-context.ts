import { getShippedRuleset } from '../core/data/rulesets/index';
import { endOfChinaDay } from '../core/policy/china-time';
import type { Ruleset } from '../core/policy/rule';
import { readRuleset } from '../core/policy/ruleset-read';
import type { Settings } from './settings';

/** What every badge on the page is evaluated against: one ruleset at one instant. */
export interface PolicyContext {
  ruleset: Ruleset;
  at: number;
}

const validated = new WeakMap<object, Ruleset | null>();

/**
 * A stored custom ruleset, read once per object; null when it is not valid (any more). One stored
 * in format 1 is used as upgraded to format 2, in memory: the stored copy stays as it is (the
 * options page says whether it needs quotes, and offers the upgraded file).
 */
function validCustom(value: Ruleset): Ruleset | null {
  let result = validated.get(value);
  if (result === undefined) {
    const check = readRuleset(value);
    result = check.ok ? check.ruleset : null;
    validated.set(value, result);
  }
  return result;
}

/** The ruleset the settings choose: a valid custom one with that app id, else the shipped one. */
export function rulesetFor(settings: Settings): Ruleset {
  const custom = settings.customRulesets.find((ruleset) => ruleset.app === settings.app);
  const valid = custom ? validCustom(custom) : null;
  return valid ?? getShippedRuleset(settings.app) ?? (getShippedRuleset('wechat') as Ruleset);
}

/** The policy instant: the end of the chosen day in China time, or now. */
export function policyInstant(settings: Settings, now = Date.now()): number {
  if (settings.policyDate === null) return now;
  return endOfChinaDay(settings.policyDate) ?? now;
}

export function policyContext(settings: Settings): PolicyContext {
  return { ruleset: rulesetFor(settings), at: policyInstant(settings) };
}

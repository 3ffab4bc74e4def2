/** Registry of the rulesets shipped with the product, by app id. */
import type { Ruleset } from '../../policy/rule';
import { WECHAT_RULESET } from './wechat';

/** Every shipped ruleset, keyed by app id. */
export const SHIPPED_RULESETS: Readonly<Record<string, Ruleset>> = Object.freeze({
  [WECHAT_RULESET.app]: WECHAT_RULESET,
});

/** App ids of the shipped rulesets, e.g. ["wechat"]. */
export const SHIPPED_APPS: readonly string[] = Object.freeze(Object.keys(SHIPPED_RULESETS));

/** The shipped ruleset of an app id, or undefined. */
export function getShippedRuleset(app: string): Ruleset | undefined {
  return Object.hasOwn(SHIPPED_RULESETS, app) ? SHIPPED_RULESETS[app] : undefined;
}

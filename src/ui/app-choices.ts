import { getShippedRuleset } from '../core/data/rulesets/index';
import type { Locale } from '../core/localized';
import { type Settings, SHIPPED_APP_IDS } from '../shared/settings';
import type { TextLookup } from './i18n';

export interface AppChoice {
  id: string;
  name: string;
}

/** The chat apps to choose from: the shipped ones, then the custom rulesets, each by its name. */
export function appChoices(settings: Settings, locale: Locale, t: TextLookup): AppChoice[] {
  const shipped = SHIPPED_APP_IDS.map((id) => ({
    id,
    name: getShippedRuleset(id)?.name[locale] ?? id,
  }));
  const custom = settings.customRulesets.map((ruleset) => ({
    id: ruleset.app,
    name: t('customAppName', [ruleset.name?.[locale] ?? ruleset.app]),
  }));
  return [...shipped, ...custom];
}

/** The list of imported rulesets, each with "Use as chat app" and "Remove". */

import type { Locale } from '../core/localized';
import { parseIsoInstant } from '../core/policy/china-time';
import type { Ruleset } from '../core/policy/rule';
import { formatChinaDate } from '../shared/format-date';
import { h } from '../ui/dom';
import type { TextLookup } from '../ui/i18n';

export interface RulesetActions {
  use(app: string): void;
  remove(app: string): void;
}

export function customRulesetItems(
  rulesets: readonly Ruleset[],
  chosenApp: string,
  locale: Locale,
  t: TextLookup,
  actions: RulesetActions,
): HTMLElement[] {
  if (rulesets.length === 0) return [h('li', { className: 'muted', text: t('customNone') })];
  return rulesets.map((ruleset) => {
    const name = ruleset.name?.[locale] ?? ruleset.app;
    const ends = parseIsoInstant(ruleset.recordEnds);
    const details = t('customDetails', [
      ruleset.app,
      String(ruleset.rules.length),
      ends.ok ? formatChinaDate(ends.at, locale, false) : ruleset.recordEnds,
    ]);
    const chosen = ruleset.app === chosenApp;
    const use = h('button', {
      className: 'button',
      text: chosen ? t('customInUse') : t('customUse'),
      attrs: {
        type: 'button',
        'aria-label': t('customUseLabel', [name]),
        'aria-pressed': String(chosen),
      },
      dataset: { app: ruleset.app, action: 'use', key: `use:${ruleset.app}` },
    });
    use.addEventListener('click', () => actions.use(ruleset.app));
    const remove = h('button', {
      className: 'button',
      text: t('customRemove'),
      attrs: { type: 'button', 'aria-label': t('customRemoveLabel', [name]) },
      dataset: { app: ruleset.app, action: 'remove', key: `remove:${ruleset.app}` },
    });
    remove.addEventListener('click', () => actions.remove(ruleset.app));
    return h('li', { className: 'custom-ruleset', dataset: { app: ruleset.app } }, [
      h('div', {}, [h('strong', { text: name }), h('div', { className: 'muted', text: details })]),
      h('div', { className: 'actions' }, [use, remove]),
    ]);
  });
}

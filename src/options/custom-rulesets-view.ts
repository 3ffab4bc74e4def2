/** The list of imported rulesets, each with "Use as chat app" and "Remove". */

import type { Locale } from '../core/localized';
import { parseIsoInstant } from '../core/policy/china-time';
import type { Ruleset } from '../core/policy/rule';
import { readRuleset } from '../core/policy/ruleset-read';
import { isFormat1 } from '../core/policy/ruleset-upgrade';
import { formatChinaDate } from '../shared/format-date';
import { h } from '../ui/dom';
import type { TextLookup } from '../ui/i18n';
import { upgradeOffer } from './ruleset-import';
import { upgradeOfferView } from './upgrade-offer-view';

export interface RulesetActions {
  use(app: string): void;
  remove(app: string): void;
}

/**
 * What the list says of a ruleset stored in format 1: used as upgraded to format 2, or not used
 * until its upgrade gets its quotes (offered for download). Null for any other ruleset.
 */
function format1Status(
  ruleset: Ruleset,
  t: TextLookup,
): { usable: boolean; view: HTMLElement } | null {
  if (!isFormat1(ruleset)) return null;
  const reading = readRuleset(ruleset);
  const offer = reading.ok ? null : upgradeOffer(reading.upgrade);
  if (offer === null) {
    return { usable: true, view: h('div', { className: 'muted', text: t('customFormat1InUse') }) };
  }
  return {
    usable: false,
    view: h('div', { className: 'stored-upgrade' }, [
      ...upgradeOfferView(offer, t, 'customFormat1Unusable'),
      ...(reading.ok || reading.problems.length === 0
        ? []
        : [
            h('p', { text: t('upgradeOtherProblems') }),
            h(
              'ul',
              { className: 'problems' },
              reading.problems.map((problem) =>
                h('li', {}, [h('code', { text: problem.path }), ': ', problem.message]),
              ),
            ),
          ]),
    ]),
  };
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
    const format1 = format1Status(ruleset, t);
    const use = h('button', {
      className: 'button',
      text: chosen ? t('customInUse') : t('customUse'),
      attrs: {
        type: 'button',
        'aria-label': t('customUseLabel', [name]),
        'aria-pressed': String(chosen),
        ...(format1?.usable === false ? { disabled: '' } : {}),
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
      h('div', {}, [
        h('strong', { text: name }),
        h('div', { className: 'muted', text: details }),
        format1?.view,
      ]),
      h('div', { className: 'actions' }, [use, remove]),
    ]);
  });
}

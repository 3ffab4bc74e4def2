import type { Locale } from '../../core/localized';
import { badgeLabel, segmentText, WARNING_MARK, warningWord } from '../badge-text';
import type { TextLookup } from '../i18n';
import type { Badge } from './badge';
import type { BadgeView } from './badge-view';

/** The stable DOM contract on badged links and on every badge host (see README). */
const CONTRACT_ATTRIBUTES = [
  'data-cll-platform',
  'data-cll-private',
  'data-cll-group',
  'data-cll-category',
  'data-cll-warning',
  'data-cll-imitates',
];
const PLATFORM_ATTRIBUTES = CONTRACT_ATTRIBUTES.slice(0, 4);

/**
 * What a warning-only badge's segment shows in place of an outcome: the stylesheet draws it red,
 * with no outcome symbol.
 */
export const WARNING_COLOURS = 'warning';

/**
 * Fills a badge with a view (see Badge for the three steps): segments for the shown scopes, the
 * accessible name, the contract.
 */
export function fillBadge(
  badge: Badge,
  view: BadgeView,
  shownScopes: string[],
  locale: Locale,
  t: TextLookup,
): void {
  for (const verdict of view.verdicts) {
    badge.setSegment(verdict.scope, {
      outcome: verdict.outcome,
      text: segmentText(verdict, t),
      shown: shownScopes.includes(verdict.scope),
    });
  }
  finish(badge, view, shownScopes, locale, t);
}

/**
 * Fills a badge with the view of a link of no platform that carries a warning: the mark and
 * one segment with the warning's word ("⚠ lookalike") in the first scope's place, whichever
 * scopes are shown (the warning is about the link, not about a chat); the other scopes hidden.
 * `scopes` are all the ruleset's scopes, in order.
 */
export function fillWarningBadge(
  badge: Badge,
  view: BadgeView,
  scopes: readonly string[],
  locale: Locale,
  t: TextLookup,
): void {
  const word = view.warning ? warningWord(view.warning, t) : '';
  scopes.forEach((scope, index) => {
    badge.setSegment(scope, {
      outcome: WARNING_COLOURS,
      text: index === 0 ? word : '',
      shown: index === 0,
    });
  });
  finish(badge, view, [], locale, t);
}

function finish(
  badge: Badge,
  view: BadgeView,
  shownScopes: string[],
  locale: Locale,
  t: TextLookup,
): void {
  // setMark also sets data-cll-warning (to the mark) on the host, which applyContract then sets
  // to the warning's type: the mark is set only when it changes, so that filling the badge with
  // the same warning again does not toggle the attribute.
  const mark = view.warning ? WARNING_MARK : '';
  if ((mark !== '') !== badge.host.hasAttribute('data-cll-warning')) badge.setMark(mark);
  badge.setLabel(badgeLabel(view, shownScopes, locale, t));
  applyContract(badge.host, view);
}

/**
 * Sets data-cll-platform, data-cll-private, data-cll-group (outcomes) and data-cll-category for a
 * platform's link or share code, and data-cll-warning ("lookalike" or "mismatch") with
 * data-cll-imitates (the platform imitated or named) for a deceptive link. A link of no platform
 * with a warning has the last two only: it is not that platform's.
 */
export function applyContract(element: Element, view: BadgeView): void {
  if (view.platform === '') {
    for (const name of PLATFORM_ATTRIBUTES) removeIfPresent(element, name);
  } else {
    setIfChanged(element, 'data-cll-platform', view.platform);
    for (const verdict of view.verdicts) {
      if (verdict.scope === 'private' || verdict.scope === 'group') {
        setIfChanged(element, `data-cll-${verdict.scope}`, verdict.outcome);
      }
    }
    setIfChanged(
      element,
      'data-cll-category',
      view.kind === 'code' ? 'code' : (view.category ?? ''),
    );
  }
  if (view.warning) {
    setIfChanged(element, 'data-cll-warning', view.warning.type);
    setIfChanged(element, 'data-cll-imitates', view.warning.imitates);
  } else {
    removeIfPresent(element, 'data-cll-warning');
    removeIfPresent(element, 'data-cll-imitates');
  }
}

export function removeContract(element: Element): void {
  for (const name of CONTRACT_ATTRIBUTES) removeIfPresent(element, name);
}

function removeIfPresent(element: Element, name: string): void {
  if (element.hasAttribute(name)) element.removeAttribute(name);
}

function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

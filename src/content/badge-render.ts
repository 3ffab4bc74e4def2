import type { Locale } from '../core/localized';
import { setLabel, setSegment } from './badge';
import { badgeLabel, segmentText } from './badge-text';
import type { BadgeView } from './badge-view';
import type { MessageLookup } from './messages';

/** The stable DOM contract on badged links and on every badge host (see README). */
export const CONTRACT_ATTRIBUTES = [
  'data-cll-platform',
  'data-cll-private',
  'data-cll-group',
  'data-cll-category',
];

/** Puts a view into a badge host: segments for the shown scopes, the accessible name, the contract. */
export function renderBadge(
  host: Element,
  view: BadgeView,
  shownScopes: string[],
  locale: Locale,
  t: MessageLookup,
): void {
  for (const verdict of view.verdicts) {
    setSegment(
      host,
      verdict.scope,
      verdict.outcome,
      segmentText(verdict, t),
      shownScopes.includes(verdict.scope),
    );
  }
  setLabel(host, badgeLabel(view, shownScopes, locale, t));
  applyContract(host, view);
}

/** Sets data-cll-platform, data-cll-private, data-cll-group (outcomes) and data-cll-category. */
export function applyContract(element: Element, view: BadgeView): void {
  setIfChanged(element, 'data-cll-platform', view.platform);
  for (const verdict of view.verdicts) {
    if (verdict.scope === 'private' || verdict.scope === 'group') {
      setIfChanged(element, `data-cll-${verdict.scope}`, verdict.outcome);
    }
  }
  setIfChanged(element, 'data-cll-category', view.kind === 'code' ? 'code' : (view.category ?? ''));
}

export function removeContract(element: Element): void {
  for (const name of CONTRACT_ATTRIBUTES) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  }
}

function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

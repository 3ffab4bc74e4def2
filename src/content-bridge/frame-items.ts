/**
 * The items (badged links and share codes) of one frame, each with the element "show" scrolls
 * to. The frame's report and the popup's "show" action both come from this one list, so the
 * n-th item of a group in the report is the n-th element of that group here.
 */
import { BADGE_TAG } from '../content/badge';
import type { ContentApp } from '../content/content-app';
import { badgeAnchor } from '../content/link-anchor';
import type { LinkReport } from '../content/link-badger';
import type { LinkElement } from '../content/link-finder';
import type { Outcome } from '../core/outcome';
import {
  type ItemCategory,
  MAX_INPUT_LENGTH,
  type ReportItem,
  type ReportWarning,
} from '../shared/messages';

export interface FrameItem {
  item: ReportItem;
  /**
   * What to scroll to and flash: the link (or the image of an image map, the SVG of an SVG link),
   * or the element that holds a share code.
   */
  element: Element | null;
}

interface VerdictLike {
  scope: string;
  outcome: Outcome;
}

function toItem(
  kind: ReportItem['kind'],
  input: string,
  platform: string,
  category: string | null,
  outcomes: Record<string, Outcome>,
): ReportItem | null {
  if (input === '' || platform === '') return null;
  const itemCategory: ItemCategory =
    category === 'ecommerce' || category === 'content' ? category : null;
  return {
    kind,
    input: input.slice(0, MAX_INPUT_LENGTH),
    platform,
    category: itemCategory,
    outcomes,
  };
}

/**
 * What to flash for a share code: its badge cannot take an outline (the badge host's styles are
 * !important, so that pages cannot restyle it), so the element that holds the code does: the
 * field it is typed in, or the element around its text. Badges of several codes in one text sit
 * one after another after that text.
 */
export function codeTarget(target: Element): Element {
  if (target.localName !== BADGE_TAG) return target;
  let node: Node | null = target.previousSibling;
  while (node instanceof Element && node.localName === BADGE_TAG) node = node.previousSibling;
  if (node instanceof Element) return node;
  return node?.parentElement ?? target.parentElement ?? target;
}

const outcomesOf = (verdicts: readonly VerdictLike[]) =>
  Object.fromEntries(verdicts.map((verdict) => [verdict.scope, verdict.outcome]));

export function frameItems(
  app: ContentApp,
  badged: Array<[LinkElement, LinkReport]> = app.linkBadger()?.badged() ?? [],
): FrameItem[] {
  const out: FrameItem[] = [];
  for (const [link, entry] of badged) {
    const item = toItem(
      'url',
      entry.href,
      entry.platform,
      entry.category,
      entry.outcomes as Record<string, Outcome>,
    );
    if (item) out.push({ item, element: badgeAnchor(link) });
  }
  const marker = app.codeMarker();
  if (marker) {
    const codes = marker.report();
    const targets = marker.targets();
    // Both lists follow the marker's own order; if they ever differ, codes stay listed unshown.
    const aligned = targets.length === codes.length;
    codes.forEach((code, index) => {
      const item = toItem(
        'code',
        code.input,
        code.view.platform,
        code.view.category,
        outcomesOf(code.view.verdicts),
      );
      const target = aligned ? targets[index] : undefined;
      if (item) out.push({ item, element: target ? codeTarget(target) : null });
    });
  }
  return out;
}

/**
 * The frame's deceptive links (badged with a warning), in the badger's order: links of no
 * platform, which are not items, and platform links whose text names another platform's host.
 */
export function frameWarnings(
  app: ContentApp,
  badged: Array<[LinkElement, LinkReport]> = app.linkBadger()?.badged() ?? [],
): ReportWarning[] {
  const out: ReportWarning[] = [];
  for (const [, entry] of badged) {
    const warning = entry.warning;
    if (warning === null || entry.href === '' || warning.host === '') continue;
    out.push({
      input: entry.href.slice(0, MAX_INPUT_LENGTH),
      type: warning.type,
      imitates: warning.imitates,
      host: warning.host,
      platform: entry.platform === '' ? null : entry.platform,
    });
  }
  return out;
}

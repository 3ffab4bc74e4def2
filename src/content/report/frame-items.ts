/**
 * The items (badged links and share codes) of one frame, each with the element "show" scrolls
 * to. The frame's report and the popup's "show" action both come from this one list, so the
 * n-th item of a group in the report is the n-th element of that group here.
 */
import type { Outcome } from '../../core/policy/outcome';
import {
  type ItemCategory,
  MAX_INPUT_LENGTH,
  type ReportItem,
  type ReportWarning,
} from '../../shared/messages';
import type { Found, FoundCode, FoundLink } from './found';

export interface FrameItem {
  item: ReportItem;
  /**
   * What to scroll to and flash: the link (or the image of an image map, the SVG of an SVG link),
   * or the element that holds a share code.
   */
  element: Element | null;
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

/** The frame's items: its platform links, then its share codes, each with its element. */
export function frameItems(links: Found<FoundLink>[], codes: Found<FoundCode>[]): FrameItem[] {
  const out: FrameItem[] = [];
  for (const { item: link, element } of links) {
    const item = toItem('url', link.href, link.platform, link.category, link.outcomes);
    if (item) out.push({ item, element });
  }
  for (const { item: code, element } of codes) {
    const item = toItem('code', code.input, code.platform, code.category, code.outcomes);
    if (item) out.push({ item, element });
  }
  return out;
}

/**
 * The frame's deceptive links (badged with a warning), in the badger's order: links of no
 * platform, which are not items, and platform links whose text names another platform's host.
 */
export function frameWarnings(links: Found<FoundLink>[]): ReportWarning[] {
  const out: ReportWarning[] = [];
  for (const { item: link } of links) {
    const warning = link.warning;
    if (warning === null || link.href === '' || warning.host === '') continue;
    out.push({
      input: link.href.slice(0, MAX_INPUT_LENGTH),
      type: warning.type,
      imitates: warning.imitates,
      host: warning.host,
      platform: link.platform === '' ? null : link.platform,
    });
  }
  return out;
}

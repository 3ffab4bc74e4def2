import type { LinkElement } from '../scan/link-finder';

/**
 * The element a link's badge goes right after: the link itself; for an SVG link, its outermost
 * <svg> (an HTML badge cannot render inside SVG); for an image-map <area>, the image using the map.
 */
export function badgeAnchor(link: LinkElement): Element {
  if (link instanceof SVGAElement) {
    let svg = link.ownerSVGElement;
    while (svg?.ownerSVGElement) svg = svg.ownerSVGElement;
    return svg ?? link;
  }
  if (link instanceof HTMLAreaElement) {
    const map = link.closest('map');
    const name = map?.name || map?.id;
    if (map && name) {
      const root = map.getRootNode() as Document | ShadowRoot;
      for (const image of root.querySelectorAll('img[usemap]')) {
        if (image.getAttribute('usemap') === `#${name}`) return image;
      }
    }
    return map ?? link;
  }
  return link;
}

const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

/**
 * Whether the node sits in text the user edits: no badge may go there. It reads attributes only
 * (isContentEditable would force a style recalculation per link while badges are being inserted).
 */
export function isInEditable(node: Element): boolean {
  if (node.ownerDocument.designMode === 'on') return true;
  const editable = node.closest(EDITABLE);
  return (
    editable !== null && editable.closest('[contenteditable="false"]')?.contains(editable) !== false
  );
}

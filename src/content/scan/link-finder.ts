/**
 * Finds links in a root and reads their targets cheaply: `a[href]` and `area[href]` in HTML, and
 * SVG `<a>` with `href` or `xlink:href`. Reading a link never throws.
 */
export const LINK_SELECTOR = 'a[href], area[href], a[*|href]';
const XLINK = 'http://www.w3.org/1999/xlink';

export type LinkElement = HTMLAnchorElement | HTMLAreaElement | SVGAElement;

export function isLink(node: Node): node is LinkElement {
  return (
    node instanceof HTMLAnchorElement ||
    node instanceof HTMLAreaElement ||
    (node instanceof SVGAElement &&
      (node.hasAttribute('href') || node.hasAttributeNS(XLINK, 'href')))
  );
}

/** The link's absolute target, or "" when it has none or it cannot be resolved. */
export function linkHref(link: LinkElement): string {
  if (link instanceof SVGAElement) {
    const raw = link.href.baseVal || link.getAttributeNS(XLINK, 'href') || '';
    try {
      return new URL(raw, link.baseURI).href;
    } catch {
      return '';
    }
  }
  return link.href;
}

/**
 * The hostname of an absolute http(s) URL as a string operation, without parsing the URL again
 * (the browser has already normalised `href`): scheme, user info and port are dropped.
 */
export function hostnameOf(href: string): string {
  let start: number;
  if (href.startsWith('https://')) start = 8;
  else if (href.startsWith('http://')) start = 7;
  else return '';
  let end = href.length;
  for (let i = start; i < href.length; i++) {
    const code = href.charCodeAt(i);
    if (code === 47 || code === 63 || code === 35) {
      end = i;
      break;
    }
  }
  let host = href.slice(start, end);
  const at = host.lastIndexOf('@');
  if (at !== -1) host = host.slice(at + 1);
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    return close === -1 ? host : host.slice(0, close + 1);
  }
  const colon = host.indexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

/** The lower-case host relative links of this document resolve against. */
export function baseHostOf(doc: Document): string {
  return hostnameOf(doc.baseURI).toLowerCase();
}

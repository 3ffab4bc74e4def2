import { PLATFORM_DOMAINS } from '../core/host-match';
import { knownDomainOf } from '../core/known-host';
import { hostnameOf, type LinkElement, linkHref } from './link-finder';

const PLATFORM_NAMES: readonly string[] = [...PLATFORM_DOMAINS];

/** How a host relates to the tables: a platform's, a redirect wrapper's, or neither. */
type HostKind = 'platform' | 'wrapper' | null;

function hostKind(host: string): HostKind {
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  const domain = knownDomainOf(end === host.length ? host : host.slice(0, end));
  if (domain === null) return null;
  return PLATFORM_DOMAINS.has(domain) ? 'platform' : 'wrapper';
}

/**
 * A wrapper's address is a candidate only when it names a platform domain somewhere, read the way
 * the classifier reads a wrapped target: percent-escapes decoded (up to three times), compatibility
 * forms folded (full-width letters), tabs and line breaks dropped.
 */
function namesPlatform(address: string): boolean {
  let text = address;
  for (let round = 0; round < 3 && text.includes('%'); round++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      text = text.replace(/%(?![0-9a-f]{2})/gi, '%25');
    }
  }
  const folded = text
    .normalize('NFKC')
    .replace(/[\t\n\r]/g, '')
    .toLowerCase();
  return PLATFORM_NAMES.some((name) => folded.includes(name));
}

/**
 * The content script's pre-filter, run on every link: could this href be a platform's link, or a
 * redirect wrapper around one? Only string work and set lookups; no URL parsing, no tldts. A
 * wrapper host (a search engine, a social site) counts only when its address names a platform
 * domain somewhere, so ordinary links of those big sites do not wake the engine. False positives
 * are fine (the engine decides); a false negative would be a missed badge.
 */
export function isCandidateHref(href: string): boolean {
  const kind = hostKind(hostnameOf(href).toLowerCase());
  return kind === 'platform' || (kind === 'wrapper' && namesPlatform(href));
}

/** An absolute http(s) address whose host needs no normalising: letters, digits, dots, hyphens. */
const PLAIN_ABSOLUTE = /^https?:\/\/([A-Za-z0-9.-]+)(?::[0-9]*)?(?:[/?#]|$)/;
/** A relative address that stays on the base host: a path, a query or a fragment. */
const PLAIN_RELATIVE = /^(?:[/?#](?![/\\])|[A-Za-z0-9._~-][^:/?#\\]*(?:[/?#]|$))/;
const NEEDS_PARSER = /[\s\\@%]/;

/**
 * The pre-filter for a link element, reading its raw attribute where that is safe (several times
 * cheaper than `href`, which serialises a parsed URL): a plain absolute address is judged by its
 * host, a plain relative one by the base host. Anything unusual (user info, escapes, white space,
 * backslashes, SVG links) goes through the browser's own parsing, then isCandidateHref.
 */
export function isCandidateLink(link: LinkElement, baseHost: string): boolean {
  const raw = link instanceof SVGAElement ? null : link.getAttribute('href');
  if (raw !== null && !NEEDS_PARSER.test(raw)) {
    const absolute = PLAIN_ABSOLUTE.exec(raw);
    if (absolute) {
      const kind = hostKind((absolute[1] as string).toLowerCase());
      return kind === 'platform' || (kind === 'wrapper' && namesPlatform(raw));
    }
    if (PLAIN_RELATIVE.test(raw)) {
      const kind = hostKind(baseHost);
      // On a wrapper's own page a relative link keeps the page's query: let the browser resolve it.
      if (kind === 'wrapper') return isCandidateHref(linkHref(link));
      return kind === 'platform';
    }
  }
  return isCandidateHref(linkHref(link));
}

/** The lower-case host relative links of this document resolve against. */
export function baseHostOf(doc: Document): string {
  return hostnameOf(doc.baseURI).toLowerCase();
}

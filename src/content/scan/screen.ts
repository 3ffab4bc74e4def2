import { mayBeAppLink } from '../../core/classify/app-links';
import { PLATFORM_DOMAINS } from '../../core/classify/host-match';
import { knownDomainOf } from '../../core/classify/known-host';
import { GOOGLE_FAMILY } from '../../core/classify/wrapper';
import { mayBeWrapperUrl } from '../../core/classify/wrapper-match';
import { mayImitate } from '../../core/lookalike/lookalike-gate';
import { hostnameOf, type LinkElement, linkHref } from './link-finder';
import type { LinkSieve } from './link-sieve';

const PLATFORM_NAMES: readonly string[] = [...PLATFORM_DOMAINS];

/** How a host relates to the tables: a platform's, a redirect wrapper's, or neither. */
type HostKind = 'platform' | 'wrapper' | null;

/** What the pre-filter knows of a lower-case host, whatever the link's address. */
interface HostFacts {
  kind: HostKind;
  /** Under no table domain and may imitate a platform domain (see lookalike-gate.ts). */
  mayImitate: boolean;
}

/**
 * Facts of the hosts seen so far. A page's links go to few hosts, and the first pass over a page
 * runs in code the JIT has not optimised yet: one map lookup per link instead of walking the
 * host's labels twice. Cleared when full, so a hostile page cannot grow it without bound.
 */
const HOST_FACTS = new Map<string, HostFacts>();
const HOST_FACTS_MAX = 4096;

function hostFacts(host: string): HostFacts {
  let facts = HOST_FACTS.get(host);
  if (facts === undefined) {
    const kind = hostKindOf(host);
    facts = { kind, mayImitate: kind === null && mayImitate(host) };
    if (HOST_FACTS.size >= HOST_FACTS_MAX) HOST_FACTS.clear();
    HOST_FACTS.set(host, facts);
  }
  return facts;
}

function hostKindOf(host: string): HostKind {
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  const name = end === host.length ? host : host.slice(0, end);
  const domain = knownDomainOf(name);
  if (domain === null) return null;
  if (PLATFORM_DOMAINS.has(domain)) return 'platform';
  // A wrapper's host that none of its routes serves (www.zhihu.com: only link.zhihu.com wraps)
  // never carries a target the engine would unwrap: its links are ordinary ones.
  const subdomain =
    domain === GOOGLE_FAMILY ? null : name.slice(0, Math.max(0, name.length - domain.length - 1));
  return mayBeWrapperUrl(domain, subdomain, null) ? 'wrapper' : null;
}

function hostKind(host: string): HostKind {
  return hostFacts(host).kind;
}

/**
 * Whether every link to this lower-case host is passed over whatever its address: the host is no
 * platform's, no redirect wrapper's, and imitates none.
 */
function isPlainHost(host: string): boolean {
  const facts = hostFacts(host);
  return facts.kind === null && !facts.mayImitate;
}

/** Any platform domain, in any case. */
const PLATFORM_NAME = new RegExp(
  PLATFORM_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'i',
);
/** What the slow reading below would change: escapes, tabs and line breaks, non-ASCII. */
const NEEDS_FOLDING = /[^\x20-\x7e]|%/;

/**
 * A wrapper's address is a candidate only when it names a platform domain somewhere, read the way
 * the classifier reads a wrapped target: percent-escapes decoded (up to three times), compatibility
 * forms folded (full-width letters), tabs and line breaks dropped. Most addresses are printable
 * ASCII without escapes, and one case-blind search answers for them.
 */
function namesPlatform(address: string): boolean {
  if (!NEEDS_FOLDING.test(address)) return PLATFORM_NAME.test(address);
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
 * What the pre-filter makes of a link: possibly a platform's link, or a redirect wrapper around
 * one ("platform"); a link to a host that may imitate a platform domain ("suspect": Punycode,
 * non-ASCII, or a label shaped like a platform's name, see lookalike-gate.ts); or neither (null).
 */
export type Screen = 'platform' | 'suspect' | null;

/**
 * Judges a lower-case host; `address` is the whole href or raw attribute (a wrapper's address
 * must name a platform domain). With `gate`, a host under no table domain that may imitate a
 * platform domain is a suspect, unless it is the page's own host (`baseHost`): a page's links to
 * itself take nobody anywhere new, and on a lookalike site every link would be one.
 */
function screenHost(host: string, address: string, baseHost: string, gate: boolean): Screen {
  // An address with no http(s) host may be a platform's app link ("taobao://…").
  if (host === '') return mayBeAppLink(address) ? 'platform' : null;
  const facts = hostFacts(host);
  if (facts.kind === 'platform' || (facts.kind === 'wrapper' && namesPlatform(address)))
    return 'platform';
  if (!gate || host === baseHost) return null;
  if (facts.mayImitate) return 'suspect';
  return facts.kind === null && userinfoMayImitate(address) ? 'suspect' : null;
}

/**
 * Whether an http(s) address has user info ("https://taobao.com@evil.example/") that may name a
 * platform: escapes or non-ASCII (the engine decodes them), or a part that the lookalike gate
 * passes. The engine warns about user info naming a platform domain, a host under one, a platform
 * label or a lookalike of one; each of those passes mayImitate, with ":" read as a label break.
 */
function userinfoMayImitate(address: string): boolean {
  const at = address.indexOf('@');
  if (at === -1) return false;
  const start = address.indexOf('//') + 2;
  if (start < 2) return false;
  let end = address.length;
  for (let i = start; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code === 47 || code === 63 || code === 35 || code === 92) {
      end = i;
      break;
    }
  }
  const last = address.lastIndexOf('@', end);
  if (last < start) return false;
  const userinfo = address.slice(start, last);
  return USERINFO_ESCAPES.test(userinfo) || mayImitate(userinfo.replace(USERINFO_BREAKS, '.'));
}

const USERINFO_ESCAPES = /[%\u0080-\uffff]/;
const USERINFO_BREAKS = /[:@\s]/g;

/**
 * Whether an href could be a platform's link, or a redirect wrapper around one. Only string work
 * and set lookups; no URL parsing, no tldts. A wrapper host (a search engine, a social site)
 * counts only when its address names a platform domain somewhere, so ordinary links of those big
 * sites do not wake the engine. False positives are fine (the engine decides); a false negative
 * would be a missed badge.
 */
function isPlatformHref(href: string): boolean {
  return screenHost(hostnameOf(href).toLowerCase(), href, '', false) === 'platform';
}

/** An absolute http(s) address whose host needs no normalising: letters, digits, dots, hyphens. */
const PLAIN_ABSOLUTE = /^https?:\/\/([A-Za-z0-9.-]+)(?::[0-9]*)?(?:[/?#]|$)/;
/** A relative address that stays on the base host: a path, a query or a fragment. */
const PLAIN_RELATIVE = /^(?:[/?#](?![/\\])|[A-Za-z0-9._~-][^:/?#\\]*(?:[/?#]|$))/;
const NEEDS_PARSER = /[\s\\@%]/;

/**
 * The content script's pre-filter, run on every link (see Screen), on a link element or on an
 * href the browser has resolved. The lookalike gate is a loop over the host's characters with one
 * set lookup per label. For an element, the raw attribute is read where that is safe (several
 * times cheaper than `href`, which serialises a parsed URL): a plain absolute address is judged
 * by its host, a plain relative one by the base host. Anything unusual (user info, escapes, white
 * space, backslashes, SVG links) goes through the browser's own parsing.
 *
 * What it learns on the way goes to `sieve`: the beginnings of addresses it passed over for their
 * host alone, and whether it passes over every plain path on the base host (see LinkSieve).
 */
export function screenLink(
  link: LinkElement | string,
  baseHost: string,
  sieve: LinkSieve | null = null,
): Screen {
  if (typeof link === 'string')
    return screenHost(hostnameOf(link).toLowerCase(), link, baseHost, true);
  if (sieve !== null && sieve.pageHost !== baseHost)
    sieve.notePageHost(baseHost, hostKind(baseHost) === null);
  const raw = link instanceof SVGAElement ? null : link.getAttribute('href');
  if (raw !== null && !NEEDS_PARSER.test(raw)) {
    const absolute = PLAIN_ABSOLUTE.exec(raw);
    if (absolute) {
      const host = (absolute[1] as string).toLowerCase();
      const found = screenHost(host, raw, baseHost, true);
      if (found === null && sieve !== null && isPlainHost(host)) sieve.notePrefix(absolute[0]);
      return found;
    }
    if (PLAIN_RELATIVE.test(raw)) {
      const kind = hostKind(baseHost);
      // On a wrapper's own page a relative link keeps the page's query: let the browser resolve it.
      if (kind === 'wrapper') return isPlatformHref(linkHref(link)) ? 'platform' : null;
      return kind === 'platform' ? 'platform' : null;
    }
  }
  const href = linkHref(link);
  return screenHost(hostnameOf(href).toLowerCase(), href, baseHost, true);
}

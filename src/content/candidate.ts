import { mayBeAppLink } from '../core/app-links';
import { PLATFORM_DOMAINS } from '../core/host-match';
import { knownDomainOf } from '../core/known-host';
import { mayImitate } from '../core/lookalike-gate';
import { notePlainPrefix } from './link-sieve';
import { hostnameOf, type LinkElement, linkHref } from './scan/link-finder';

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
  const domain = knownDomainOf(end === host.length ? host : host.slice(0, end));
  if (domain === null) return null;
  return PLATFORM_DOMAINS.has(domain) ? 'platform' : 'wrapper';
}

function hostKind(host: string): HostKind {
  return hostFacts(host).kind;
}

/** Whether the pre-filter passes over every path, query and fragment on this lower-case host. */
export function pathsArePlainOn(baseHost: string): boolean {
  return hostKind(baseHost) === null;
}

/**
 * Whether every link to this lower-case host is passed over whatever its address: the host is no
 * platform's, no redirect wrapper's, and imitates none.
 */
export function isPlainHost(host: string): boolean {
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
 * The content script's pre-filter, run on every link: could this href be a platform's link, or a
 * redirect wrapper around one? Only string work and set lookups; no URL parsing, no tldts. A
 * wrapper host (a search engine, a social site) counts only when its address names a platform
 * domain somewhere, so ordinary links of those big sites do not wake the engine. False positives
 * are fine (the engine decides); a false negative would be a missed badge.
 */
export function isCandidateHref(href: string): boolean {
  return screenHost(hostnameOf(href).toLowerCase(), href, '', false) === 'platform';
}

/**
 * isCandidateHref, and also whether a link no platform's may imitate one (see Screen). The
 * lookalike gate is a loop over the host's characters with one set lookup per label.
 */
export function screenHref(href: string, baseHost: string): Screen {
  return screenHost(hostnameOf(href).toLowerCase(), href, baseHost, true);
}

/** An absolute http(s) address whose host needs no normalising: letters, digits, dots, hyphens. */
const PLAIN_ABSOLUTE = /^https?:\/\/([A-Za-z0-9.-]+)(?::[0-9]*)?(?:[/?#]|$)/;
/** A relative address that stays on the base host: a path, a query or a fragment. */
const PLAIN_RELATIVE = /^(?:[/?#](?![/\\])|[A-Za-z0-9._~-][^:/?#\\]*(?:[/?#]|$))/;
const NEEDS_PARSER = /[\s\\@%]/;

/**
 * The pre-filter for a link element (see Screen), reading its raw attribute where that is safe
 * (several times cheaper than `href`, which serialises a parsed URL): a plain absolute address is
 * judged by its host, a plain relative one by the base host. Anything unusual (user info,
 * escapes, white space, backslashes, SVG links) goes through the browser's own parsing, then
 * screenHref.
 */
export function screenLink(link: LinkElement, baseHost: string): Screen {
  const raw = link instanceof SVGAElement ? null : link.getAttribute('href');
  if (raw !== null && !NEEDS_PARSER.test(raw)) {
    const absolute = PLAIN_ABSOLUTE.exec(raw);
    if (absolute) {
      const host = (absolute[1] as string).toLowerCase();
      const screen = screenHost(host, raw, baseHost, true);
      if (screen === null && isPlainHost(host)) notePlainPrefix(absolute[0]);
      return screen;
    }
    if (PLAIN_RELATIVE.test(raw)) {
      const kind = hostKind(baseHost);
      // On a wrapper's own page a relative link keeps the page's query: let the browser resolve it.
      if (kind === 'wrapper') return isCandidateHref(linkHref(link)) ? 'platform' : null;
      return kind === 'platform' ? 'platform' : null;
    }
  }
  const href = linkHref(link);
  return screenHost(hostnameOf(href).toLowerCase(), href, baseHost, true);
}

/**
 * Whether a link may get a badge, judged by its address alone (see screenLink): a platform's
 * link, a redirect wrapper around one, or a link to a host that may imitate a platform domain.
 * The content script asks this of every link before the engine is loaded, to know whether to
 * load it.
 */
export function isCandidateLink(link: LinkElement, baseHost: string): boolean {
  return screenLink(link, baseHost) !== null;
}

/**
 * Whether LinkBadger.process(links, baseHost, readLinkText) may badge this link: isCandidateLink,
 * or (when `readLinkText`) a link whose text names a platform domain.
 */
export function mayBadgeLink(link: LinkElement, baseHost: string, readLinkText: boolean): boolean {
  return (
    isCandidateLink(link, baseHost) ||
    (readLinkText && textNamesPlatformDomain(link.textContent ?? ''))
  );
}

const PLATFORM_DOMAIN_LIST = [...PLATFORM_DOMAINS];
/** The labels after a platform domain's name: "com", "cn", "hk", ... */
const SUFFIXES = [
  ...new Set(PLATFORM_DOMAIN_LIST.map((domain) => domain.slice(domain.indexOf('.') + 1))),
];
/** Platform names, the first label of each platform domain: "taobao", "tb", "1688", ... */
const NAMES = [
  ...new Set(PLATFORM_DOMAIN_LIST.map((domain) => domain.slice(0, domain.indexOf('.')))),
];
const LONGEST_NAME = Math.max(...NAMES.map((name) => name.length));

/** A character class for one ASCII character and its fullwidth form ("c" → "[cｃ]"). */
function withFullwidth(char: string): string {
  const full = String.fromCharCode(char.charCodeAt(0) + 0xfee0);
  return char === '.' ? '[.\uff0e]' : `[${char}${full}]`;
}

/** A dot and a platform domain's ending, in any case, letters and dot also in fullwidth forms. */
const SUFFIX_G = new RegExp(
  `[.\uff0e](?:${SUFFIXES.map((suffix) => [...suffix].map(withFullwidth).join('')).join('|')})`,
  'gi',
);

/** A character code as the name check reads it: fullwidth forms as ASCII, ASCII in lower case. */
function foldCode(code: number): number {
  const ascii = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  return ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii;
}

/** Hash of a name read backwards, with its length (a collision only lets a text through). */
function backwardKey(name: string): number {
  let hash = 0;
  for (let i = name.length - 1; i >= 0; i--) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return hash * 64 + name.length;
}

const NAME_KEYS: ReadonlySet<number> = new Set(NAMES.map(backwardKey));

/** Whether a platform's name ends right before text[dot] (the dot found by SUFFIX_G). */
function nameEndsAt(text: string, dot: number): boolean {
  let hash = 0;
  for (let i = dot - 1, length = 1; i >= 0 && length <= LONGEST_NAME; i--, length++) {
    hash = (Math.imul(hash, 31) + foldCode(text.charCodeAt(i))) | 0;
    if (NAME_KEYS.has(hash * 64 + length)) return true;
  }
  return false;
}

function scanForPlatformDomain(text: string): boolean {
  SUFFIX_G.lastIndex = 0;
  for (let match = SUFFIX_G.exec(text); match !== null; match = SUFFIX_G.exec(text)) {
    if (nameEndsAt(text, match.index)) return true;
  }
  return false;
}

/**
 * Other compatibility forms of Latin letters and of the dot, which NFKC (and so textMismatch)
 * reads as ASCII: mathematical letters ("𝐭𝐚𝐨𝐛𝐚𝐨"), circled and small forms, letter-like symbols.
 */
const COMPATIBILITY_FORMS =
  /[\u1d00-\u1dbf\u2024\u2070-\u209f\u2100-\u214f\u2460-\u24ff\ufe50-\ufe6b\ud835]/;

/**
 * Whether a text names a platform domain: a platform domain ("taobao.com", "b23.tv") written in
 * it in any case, its letters or dot possibly fullwidth ("ｔａｏｂａｏ．ｃｏｍ"), inside a host or
 * not ("item.taobao.com", "mytaobao.com", "%2F%2Fitem.jd.com"). Cheap enough to run once over a
 * whole page's text: one regular expression finds a dot and a platform domain's ending, and only
 * there the characters before it are compared with the platform names. Texts with other
 * compatibility forms of letters are also read after NFKC.
 *
 * Every link text textMismatch reports names a platform domain (the tests check this), except
 * texts that spell the domain with percent escapes ("taobao%2Ecom"), which nobody reads as one.
 */
export function textNamesPlatformDomain(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (scanForPlatformDomain(text)) return true;
  return COMPATIBILITY_FORMS.test(text) && scanForPlatformDomain(text.normalize('NFKC'));
}

/** The lower-case host relative links of this document resolve against. */
export function baseHostOf(doc: Document): string {
  return hostnameOf(doc.baseURI).toLowerCase();
}

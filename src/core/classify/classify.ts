import { getDomain } from 'tldts';
import { type Lookalike, lookalikeOf } from '../lookalike/lookalike';
import { findShareCodes } from '../share-code/share-code';
import { reconcileShareText } from '../share-code/share-text-platform';
import { appPlatformOf } from './app-links';
import type { Classification, ShareCodeMatch, Warning } from './classification';
import { matchPlatform, PLATFORM_DOMAINS, platformById } from './host-match';
import { knownDomainOf, mightBeKnownHost } from './known-host';
import { findUrlCandidates } from './text-urls';
import {
  isIpHostname,
  isNonWebLink,
  isWebUrl,
  parseUrl,
  schemeOf,
  tidyWebUrl,
} from './url-normalize';
import { pathnameAt, serialisedWebUrl, simpleHost, webSchemeLength } from './url-without-parser';
import { userinfoLookalike } from './userinfo';
import { GOOGLE_FAMILY } from './wrapper';
import { matchWrapper, mayBeWrapperUrl, mayCarryWrapperTarget } from './wrapper-match';

/** Wrappers unwrapped at most this deep; a deeper wrapper is returned as a plain URL. */
export const MAX_UNWRAP_DEPTH = 5;

/** The hostname is already parsed and valid: tldts only has to find the public suffix. */
const TLDTS_OPTIONS = {
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
  allowPrivateDomains: false,
} as const;

/** Whitespace or a control character: the input is text, not a single token. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const SEPARATOR = /[\s\x00-\x1f\x7f]/;

function none(input: string): Classification {
  return {
    input,
    kind: 'none',
    platform: null,
    owner: null,
    category: null,
    domain: null,
    url: null,
    via: null,
    codes: null,
  };
}

/**
 * Kind "none" for a URL whose host is under no platform or wrapper domain, with a "lookalike"
 * warning when the host imitates a platform domain (`lookalikeOf` dismisses most hosts with a few
 * string tests).
 */
function noneOrLookalike(
  input: string,
  hostname: string,
  userinfo: Lookalike | null,
): Classification {
  const result = none(input);
  if (!lookForLookalikes) return result;
  const lookalike = userinfo ?? lookalikeOf(hostname);
  if (lookalike !== null) result.warnings = [lookalikeWarning(lookalike, hostname)];
  return result;
}

function lookalikeWarning(lookalike: Lookalike, host: string): Warning {
  const warning: Warning = {
    type: 'lookalike',
    imitates: lookalike.platform,
    imitatesDomain: lookalike.imitates,
    host,
    reason: lookalike.reason,
  };
  if (lookalike.typo !== undefined) warning.typo = lookalike.typo;
  return warning;
}

/** The labels of `hostname` left of `domain` ("" for none). */
function subdomainOf(hostname: string, domain: string): string {
  return hostname.length > domain.length
    ? hostname.slice(0, hostname.length - domain.length - 1)
    : '';
}

/** Kind "url" when the domain is a platform's, with the category its host and path give. */
function platformResult(
  input: string,
  domain: string,
  subdomain: string,
  pathname: string,
  href: string,
  via: string[],
  known: { hit: boolean } | null,
): Classification {
  const match = matchPlatform(domain, subdomain, pathname);
  if (match === null) return none(input);
  if (known !== null) known.hit = true;
  return {
    input,
    kind: 'url',
    platform: match.platform.id,
    owner: match.platform.owner,
    category: match.category,
    domain,
    url: href,
    via,
    codes: null,
  };
}

/**
 * A plain link (simple host under a table domain) classified without the URL parser, or null
 * when it needs parsing: a possible wrapper link (its query must be read) or a link not already
 * in serialised form on a host that may serve one.
 */
function classifyPlainLink(
  input: string,
  token: string,
  schemeLength: number,
  host: string,
  tableDomain: string,
): Classification | null {
  const subdomain = tableDomain === GOOGLE_FAMILY ? null : subdomainOf(host, tableDomain);
  const isPlatform = PLATFORM_DOMAINS.has(tableDomain);
  if (!isPlatform && !mayBeWrapperUrl(tableDomain, subdomain, null)) return none(input);
  const href = serialisedWebUrl(token, schemeLength, host.length);
  if (href === null) return null;
  const pathname = pathnameAt(href, schemeLength + 3 + host.length);
  if (mayCarryWrapperTarget(tableDomain, subdomain, pathname, href)) return null;
  if (!isPlatform || subdomain === null) return none(input);
  return platformResult(input, tableDomain, subdomain, pathname, href, [], null);
}

/** Registrable domain of a hostname in the google.<suffix> family, via tldts; else null. */
function googleDomainOf(hostname: string): string | null {
  const domain = getDomain(hostname, TLDTS_OPTIONS);
  return domain?.startsWith('google.') ? domain : null;
}

/**
 * Classifies a parsed web URL, unwrapping redirect wrappers. `known` reports a table match;
 * `tableDomain` is `knownDomainOf(url.hostname)` when the caller already has it.
 *
 * The registrable domain is the table domain the hostname's last labels equal (every table
 * domain is an eTLD+1 for tldts, as tests check), so only google.<suffix> hosts need tldts.
 */
function classifyWebUrl(
  input: string,
  url: URL,
  via: string[],
  known: { hit: boolean } | null,
  tableDomain: string | null = null,
): Classification {
  // The user info is read before tidyWebUrl drops it ("https://taobao.com@evil.example/").
  const userinfo = lookForLookalikes ? userinfoLookalike(url) : null;
  const hostname = tidyWebUrl(url);
  if (hostname === '') return none(input);
  const tail = tableDomain ?? knownDomainOf(hostname);
  if (isIpHostname(hostname))
    return userinfo === null ? none(input) : noneOrLookalike(input, hostname, userinfo);
  if (tail === null) return noneOrLookalike(input, hostname, userinfo);
  const domain = tail === GOOGLE_FAMILY ? googleDomainOf(hostname) : tail;
  if (domain === null) return none(input);
  const subdomain = subdomainOf(hostname, domain);
  const wrapper = matchWrapper(url, domain, subdomain);
  if (wrapper !== null) {
    if (known !== null) known.hit = true;
    if (wrapper.target !== null) {
      if (via.length >= MAX_UNWRAP_DEPTH) return none(input);
      const target = parseUrl(wrapper.target);
      const scheme = schemeOf(wrapper.target);
      if (target !== null && (scheme === 'http' || scheme === 'https') && isWebUrl(target)) {
        return classifyWebUrl(input, target, [...via, wrapper.wrapper.id], known);
      }
    }
    // A platform's own redirect without a web target (s.click.taobao.com/t?e=…) is its link.
    if (!PLATFORM_DOMAINS.has(domain)) return none(input);
  }

  return platformResult(input, domain, subdomain, url.pathname, url.href, via, known);
}

/** Scheme-less text ("m.tb.cn/h.abc") counts as a URL only when it reaches a table host. */
function classifySchemeLess(input: string, candidate: string): Classification | null {
  const url = parseUrl(candidate);
  if (url === null || !isWebUrl(url) || !mightBeKnownHost(url.hostname)) return null;
  const known = { hit: false };
  const result = classifyWebUrl(input, url, [], known);
  return known.hit ? result : null;
}

/**
 * A single token (no whitespace): its classification as a link, or null when it must be read
 * as text (not a link, or a relative link that reaches no platform).
 */
function classifyToken(
  input: string,
  token: string,
  base: string | undefined,
): Classification | null {
  const webScheme = webSchemeLength(token);
  if (webScheme > 0) {
    const host = simpleHost(token, webScheme);
    const tableDomain = host === null ? null : knownDomainOf(host);
    if (host !== null) {
      if (tableDomain === null) return noneOrLookalike(input, host, null);
      const fast = classifyPlainLink(input, token, webScheme, host, tableDomain);
      if (fast !== null) return fast;
    }
    const url = parseUrl(token);
    return url === null ? none(input) : classifyWebUrl(input, url, [], null, tableDomain);
  }
  const scheme = schemeOf(token);
  if (scheme !== null && token.startsWith('//', scheme.length + 1)) {
    const app = appPlatformOf(scheme);
    if (app !== null) return appResult(input, `${scheme}${token.slice(scheme.length)}`, app);
  }
  if (scheme !== null && isNonWebLink(token, scheme)) return none(input);
  if (base !== undefined && (scheme === null || scheme.includes('.'))) {
    const url = parseUrl(token, base);
    if (url === null || !isWebUrl(url)) return null;
    const result = classifyWebUrl(input, url, [], null);
    return result.kind === 'url' ? result : null;
  }
  if (scheme !== null && !scheme.includes('.')) return null;
  if (token.startsWith('/') && !token.startsWith('//')) return null;
  return classifySchemeLess(input, token.startsWith('//') ? `https:${token}` : `https://${token}`);
}

/** Kind "app" for a link that opens a platform's app ("taobao://…"), scheme in lower case. */
function appResult(input: string, url: string, platformId: string): Classification {
  const platform = platformById(platformId);
  return {
    input,
    kind: 'app',
    platform: platformId,
    owner: platform?.owner ?? null,
    category: platform?.category ?? null,
    domain: null,
    url,
    via: null,
    codes: null,
  };
}

function firstPlatformUrl(input: string): Classification | null {
  for (const candidate of findUrlCandidates(input)) {
    let result: Classification | null;
    if (candidate.schemeLess) {
      result = classifySchemeLess(input, candidate.url);
    } else {
      const url = parseUrl(candidate.url);
      result = url === null ? null : classifyWebUrl(input, url, [], null);
    }
    if (result !== null && result.kind === 'url') return result;
  }
  return null;
}

function codeResult(input: string, codes: ShareCodeMatch[], first: ShareCodeMatch): Classification {
  const platform = platformById(first.platform);
  return {
    input,
    kind: 'code',
    platform: first.platform,
    owner: platform?.owner ?? null,
    category: platform?.category ?? null,
    domain: null,
    url: null,
    via: null,
    codes,
  };
}

function classifyText(input: string): Classification {
  const codes = findShareCodes(input);
  const linked = firstPlatformUrl(input);
  if (linked !== null) {
    linked.codes = codes.length > 0 ? codes : null;
    reconcileShareText(input, linked, codes);
    return linked;
  }
  const first = codes[0];
  return first === undefined ? none(input) : codeResult(input, codes, first);
}

function classifyInput(input: string, base: string | undefined): Classification {
  const token = input.trim();
  if (token === '') return none(input);
  if (!SEPARATOR.test(token)) {
    const result = classifyToken(input, token, base);
    if (result !== null) return result;
  }
  return classifyText(input);
}

/**
 * The classification of one share code found by `findShareCodes(text)`, as `classify` would give
 * for the mark alone but keeping the platform the whole text gave it (Chinese-character marks
 * and Tmall or Xiaohongshu codes need their surrounding words). Offsets are within the mark.
 */
export function classifyShareCode(text: string, match: ShareCodeMatch): Classification {
  const mark = text.slice(match.start, match.end);
  const local = { ...match, start: 0, end: mark.length };
  return codeResult(mark, [local], local);
}

/**
 * Says what `input` is: a link of a known platform (kind "url"), a link that opens a platform's
 * app ("taobao://…", kind "app"), share codes (kind "code") or neither (kind "none"). `input` is an absolute URL, a URL relative to `base`, a scheme-less
 * link of a known host ("m.tb.cn/h.abc"), or a text snippet. Never throws.
 *
 * Kind "none" carries nothing but `input`: platform, owner, category, domain, url, via and codes
 * are all null, also for a well-formed URL of no platform, so that such links cost no tldts
 * call and no `new URL` (callers that want a registrable domain anyway can ask tldts). The one
 * exception is `warnings`, set for a URL (or a wrapper's target) whose host is under no platform
 * or wrapper domain but imitates a platform's ("taοbao.com", "taobao.com.evil.example").
 */
export function classify(input: string, base?: string, options?: ClassifyOptions): Classification {
  const text = typeof input === 'string' ? input : String(input);
  lookForLookalikes = options?.warnings === true;
  try {
    return classifyInput(text, typeof base === 'string' ? base : undefined);
  } catch {
    return none(text);
  } finally {
    lookForLookalikes = false;
  }
}

export interface ClassifyOptions {
  /**
   * Also look at hosts of no platform for lookalikes of a platform domain, and say so in
   * `warnings` (the command line and the page badges ask; a plain classification does not pay
   * for it).
   */
  warnings?: boolean;
}

/** Set for the duration of one synchronous classify call that asked for warnings. */
let lookForLookalikes = false;

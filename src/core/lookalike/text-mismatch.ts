/**
 * Links whose visible text names a platform's host but which go somewhere else: text
 * "item.taobao.com/item.htm?id=1" on a link to evil.example. The content script has the text;
 * `classify` does not, so this is a separate check.
 *
 * Rules:
 * - The text names a platform when it contains a URL-like token (found as `classify` finds them
 *   in text: "https://…" anywhere, or a scheme-less host of a platform, "Buy on item.taobao.com")
 *   that `classify` reads as a platform link. A platform's name alone ("Taobao", "淘宝") names no
 *   host; neither does a lookalike host ("item.taobao.com.evil.example").
 * - The link goes to the same place when, after unwrapping redirect wrappers, it is a link of a
 *   platform the text names or of the same owner: m.tb.cn serves Taobao, Tmall and Xianyu alike,
 *   so text "detail.tmall.com" on an m.tb.cn link is not reported, nor is text "taobao.com" on a
 *   1688.com link (both Alibaba: not deceptive, merely another shop of the same company).
 * - Only http(s) links are compared: "javascript:", "mailto:" and unparsable links are left alone
 *   (pages often run script behind a link whose text is a URL).
 */
import { getDomain } from 'tldts';
import type { Warning } from '../classify/classification';
import { classify, MAX_UNWRAP_DEPTH } from '../classify/classify';
import { knownDomainOf } from '../classify/known-host';
import { findUrlCandidates } from '../classify/text-urls';
import { isWebUrl, parseUrl, schemeOf, tidyWebUrl } from '../classify/url-normalize';
import { GOOGLE_FAMILY } from '../classify/wrapper';
import { matchWrapper } from '../classify/wrapper-match';

/** A link whose text names `claimed`, a host of `platform`, but which goes to `actualHost`. */
export interface TextMismatch {
  platform: string;
  claimed: string;
  actualHost: string;
}

/** Only this much of a link's text is read, to bound the work on huge links. */
export const MAX_LINK_TEXT_LENGTH = 2000;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII.
const NON_ASCII = /[^\x00-\x7f]/;

interface Claim {
  platform: string;
  owner: string;
  host: string;
}

function hostnameOf(href: string): string {
  return parseUrl(href)?.hostname ?? '';
}

/** The platform links the text names, in order. */
function claimsOf(text: string): Claim[] {
  const claims: Claim[] = [];
  for (const candidate of findUrlCandidates(text)) {
    const result = classify(candidate.url);
    if (result.kind !== 'url' || result.platform === null || result.url === null) continue;
    claims.push({
      platform: result.platform,
      owner: result.owner ?? result.platform,
      host: hostnameOf(result.url),
    });
  }
  return claims;
}

/** The registrable domain of a hostname under a table domain, or null. */
function tableDomainOf(hostname: string): string | null {
  const tail = knownDomainOf(hostname);
  if (tail !== GOOGLE_FAMILY) return tail;
  const domain = getDomain(hostname);
  return domain?.startsWith('google.') ? domain : null;
}

/** The http(s) URL a link finally reaches, unwrapping redirect wrappers as `classify` does. */
function reachedUrl(href: string): URL | null {
  let url = parseUrl(href.trim());
  if (url === null || !isWebUrl(url)) return null;
  for (let depth = 0; depth < MAX_UNWRAP_DEPTH; depth++) {
    const hostname = tidyWebUrl(url);
    const domain = tableDomainOf(hostname);
    if (domain === null) break;
    const subdomain = hostname.length > domain.length ? hostname.slice(0, -domain.length - 1) : '';
    const target = matchWrapper(url, domain, subdomain)?.target ?? null;
    if (target === null) break;
    const scheme = schemeOf(target);
    const next = parseUrl(target);
    if (next === null || (scheme !== 'http' && scheme !== 'https') || !isWebUrl(next)) break;
    url = next;
  }
  return url;
}

/**
 * The platform host a link's visible text names when the link (`href`, absolute) goes to another
 * host, or null. See the top of this file for the rules. Never throws.
 */
export function textMismatch(linkText: string, href: string): TextMismatch | null {
  if (typeof linkText !== 'string' || typeof href !== 'string') return null;
  try {
    let text =
      linkText.length > MAX_LINK_TEXT_LENGTH ? linkText.slice(0, MAX_LINK_TEXT_LENGTH) : linkText;
    if (NON_ASCII.test(text)) text = text.normalize('NFKC');
    if (!text.includes('.')) return null;
    const claims = claimsOf(text);
    const first = claims[0];
    if (first === undefined) return null;
    const reached = reachedUrl(href);
    if (reached === null) return null;
    const target = classify(href);
    if (target.kind === 'url' && target.platform !== null) {
      const owner = target.owner ?? target.platform;
      if (claims.some((claim) => claim.platform === target.platform || claim.owner === owner)) {
        return null;
      }
    }
    const actualHost = target.url === null ? reached.hostname : hostnameOf(target.url);
    return { platform: first.platform, claimed: first.host, actualHost };
  } catch {
    return null;
  }
}

/** The "mismatch" warning for a text mismatch, as `Classification.warnings` holds it. */
export function mismatchWarning(mismatch: TextMismatch): Warning {
  return {
    type: 'mismatch',
    claimed: mismatch.platform,
    claimedHost: mismatch.claimed,
    actualHost: mismatch.actualHost,
  };
}

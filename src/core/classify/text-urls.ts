import { mightBeKnownHost } from './known-host';

/** A URL-looking token found in text. */
export interface UrlCandidate {
  /** The candidate as an absolute URL string (scheme-less hosts get "https://"). */
  url: string;
  /** True when the text had no scheme: the caller must only accept a known host. */
  schemeLess: boolean;
}

/** At most this many candidates are taken from one text, to bound the work. */
export const MAX_URL_CANDIDATES = 200;

const LEADING_JUNK = '([{<"\'`,;:!?*';
const TRAILING_JUNK = ')]}>"\'`.,;:!?*';

/** Printable ASCII except characters that cannot appear unescaped in a link in text. */
function isUrlChar(c: number): boolean {
  return (
    c > 0x20 &&
    c < 0x7f &&
    c !== 0x22 &&
    c !== 0x3c &&
    c !== 0x3e &&
    c !== 0x5c &&
    c !== 0x5e &&
    c !== 0x60 &&
    c !== 0x7b &&
    c !== 0x7c &&
    c !== 0x7d
  );
}

function schemeIndex(run: string): number {
  const lower = run.toLowerCase();
  const http = lower.indexOf('http://');
  const https = lower.indexOf('https://');
  if (http < 0) return https;
  if (https < 0) return http;
  return Math.min(http, https);
}

function candidateOf(rawRun: string): UrlCandidate | null {
  let start = 0;
  let end = rawRun.length;
  while (start < end && LEADING_JUNK.includes(rawRun.charAt(start))) start++;
  while (end > start && TRAILING_JUNK.includes(rawRun.charAt(end - 1))) end--;
  if (end - start < 4) return null;
  const run = rawRun.slice(start, end);
  const at = schemeIndex(run);
  if (at >= 0) return { url: run.slice(at), schemeLess: false };
  let hostEnd = run.length;
  for (const stop of '/?#:') {
    const i = run.indexOf(stop);
    if (i >= 0 && i < hostEnd) hostEnd = i;
  }
  const host = run.slice(run.startsWith('//') ? 2 : 0, hostEnd);
  if (!host.includes('.') || host.includes('@') || !mightBeKnownHost(host)) return null;
  return { url: `https://${run.startsWith('//') ? run.slice(2) : run}`, schemeLess: true };
}

/**
 * URL-looking tokens of a text, in order: "http(s)://…" anywhere in a run of URL characters, or
 * a scheme-less run whose host ends in a platform or wrapper domain ("m.tb.cn/h.abc"). Runs stop
 * at whitespace and at any non-ASCII character, so "https://m.tb.cn/h.x点击链接" yields the link.
 */
export function findUrlCandidates(text: string): UrlCandidate[] {
  const found: UrlCandidate[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && found.length < MAX_URL_CANDIDATES) {
    if (!isUrlChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isUrlChar(text.charCodeAt(i))) i++;
    if (i - start < 4) continue;
    const candidate = candidateOf(text.slice(start, i));
    if (candidate !== null) found.push(candidate);
  }
  return found;
}

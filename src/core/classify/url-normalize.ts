/**
 * Helpers that turn input text into a WHATWG URL and tidy it. Nothing here looks at platforms.
 */

/** Schemes that are links but not web pages: a token with one of them matches nothing. */
const NON_WEB_SCHEMES: ReadonlySet<string> = new Set([
  'about',
  'blob',
  'chrome',
  'chrome-extension',
  'data',
  'edge',
  'file',
  'filesystem',
  'ftp',
  'intent',
  'javascript',
  'mailto',
  'moz-extension',
  'sms',
  'tel',
  'view-source',
  'ws',
  'wss',
]);

const MAX_SCHEME_LENGTH = 40;

/** The scheme `text` starts with (lower case, no colon), or null when it has none. */
export function schemeOf(text: string): string | null {
  const n = Math.min(text.length, MAX_SCHEME_LENGTH + 1);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return i > 0 ? text.slice(0, i).toLowerCase() : null;
    const lower = c | 0x20;
    if (lower >= 97 && lower <= 122) continue;
    if (i > 0 && ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) continue;
    return null;
  }
  return null;
}

/**
 * True for a scheme that makes `token` a non-web link (javascript:, data:, mailto:, ftp:,
 * file:, chrome:…, or any "scheme://" other than http and https).
 */
export function isNonWebLink(token: string, scheme: string): boolean {
  if (scheme === 'http' || scheme === 'https' || scheme.includes('.')) return false;
  return NON_WEB_SCHEMES.has(scheme) || token.startsWith('//', scheme.length + 1);
}

/** Parses with the WHATWG URL parser; null instead of throwing. */
export function parseUrl(text: string, base?: string): URL | null {
  try {
    return base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return null;
  }
}

/** True for http: and https: URLs. */
export function isWebUrl(url: URL): boolean {
  const protocol = url.protocol;
  return protocol === 'https:' || protocol === 'http:';
}

/** True for an IPv4 (all digits and dots, as WHATWG serialises it) or bracketed IPv6 host. */
export function isIpHostname(hostname: string): boolean {
  if (hostname.charCodeAt(0) === 91) return true;
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname.charCodeAt(i);
    if (c !== 46 && (c < 48 || c > 57)) return false;
  }
  return hostname.length > 0;
}

/**
 * Normalises a web URL in place: drops user info and trailing dots of the host; the rest is
 * WHATWG serialisation (lower-case scheme and host, punycode, default port removed). Returns the
 * tidy hostname, or "" when nothing is left of it.
 */
export function tidyWebUrl(url: URL): string {
  let hostname = url.hostname;
  if (hostname.charCodeAt(hostname.length - 1) === 46) {
    let end = hostname.length;
    while (end > 0 && hostname.charCodeAt(end - 1) === 46) end--;
    hostname = hostname.slice(0, end);
    if (hostname === '') return '';
    url.hostname = hostname;
    if (url.hostname !== hostname) return '';
  }
  if (url.username !== '' || url.password !== '') {
    url.username = '';
    url.password = '';
  }
  return hostname;
}

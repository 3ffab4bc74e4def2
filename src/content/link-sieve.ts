/**
 * A native sieve for the links of a big root. The pre-filter (candidate.ts) notes the address
 * beginnings it has passed over: "scheme://host/" (or "?", "#" after the host, a port allowed) of
 * a host that is no platform's, no redirect wrapper's and imitates none. A link whose raw `href`
 * starts with one of them goes to that host whatever follows, so the pre-filter would pass over
 * it too. So would a plain path ("/x", "?q", "#f") on a page whose own host is such a host. The
 * sieve's selector leaves those links out: selector matching does in a few milliseconds what
 * reading ten thousand addresses in script does in tens (a wrapper made for each element, code
 * not optimised yet on a first pass).
 *
 * It is only ever a shortcut: every link it keeps goes through the pre-filter as before.
 */

/** Beginnings noted, with how often (bounded: a page with endless hosts stops adding). */
const PREFIXES = new Map<string, number>();
const MAX_NOTED = 512;
/** Beginnings in one selector: matching cost grows with each. */
const MAX_IN_SELECTOR = 48;
/** What a noted beginning may hold: nothing a CSS string would need escaped. */
const SAFE_PREFIX = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]*)?[/?#]$/;

/**
 * Notes the beginning of a raw address the pre-filter passed over for its host alone; `prefix`
 * ends with the character after the host (and port): "/", "?" or "#". Anything else is ignored.
 */
export function notePlainPrefix(prefix: string): void {
  const count = PREFIXES.get(prefix);
  if (count !== undefined) PREFIXES.set(prefix, count + 1);
  else if (PREFIXES.size < MAX_NOTED && SAFE_PREFIX.test(prefix)) PREFIXES.set(prefix, 1);
}

/**
 * Paths, queries and fragments that stay on the page's own host. A path starting "//" or "/\"
 * names another host, and so may one with a tab or line break anywhere (the URL parser drops
 * them: "/\t/evil.example"): those stay in.
 */
const SAME_HOST_PATH =
  '[href^="#"],[href^="?"],[href^="/"]:not([href^="//"],[href^="/\\\\"],[href*="\\9 "],[href*="\\a "],[href*="\\d "])';

/**
 * The selector of a root's links the sieve keeps, or null when it would keep them all. With
 * `pageHostIsPlain` (relative addresses resolve against a host the pre-filter passes over), plain
 * paths are left out too.
 */
export function sieveSelector(pageHostIsPlain: boolean): string | null {
  const left = [...PREFIXES]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_IN_SELECTOR)
    .map(([prefix]) => `[href^="${prefix}"]`);
  if (pageHostIsPlain) left.push(SAME_HOST_PATH);
  if (left.length === 0) return null;
  const kept = `:not(${left.join(',')})`;
  return `a[*|href]${kept}, area[href]${kept}`;
}

/** Forgets what was noted (tests). */
export function forgetPlainPrefixes(): void {
  PREFIXES.clear();
}

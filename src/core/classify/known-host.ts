import { PLATFORM_DOMAINS } from './host-match';
import { GOOGLE_FAMILY } from './wrapper';
import { WRAPPER_DOMAINS } from './wrapper-match';

/**
 * Every registrable domain of the platform and wrapper tables. Each is itself an eTLD+1 with at
 * most three labels (tests check both against tldts), so a hostname belongs to one of them
 * exactly when its last two or three labels equal it.
 */
export const TABLE_DOMAINS: ReadonlySet<string> = new Set([
  ...PLATFORM_DOMAINS,
  ...WRAPPER_DOMAINS,
]);

const GOOGLE_LABEL = 'google.';
const UPPER_CASE = /[A-Z]/;

/** Index of the last "." before `end`, or -1 (a loop: lastIndexOf is slow in V8). */
function dotBefore(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && text.charCodeAt(i) !== 46) i--;
  return i;
}

/** `knownDomainOf` on a lower-case hostname; `end` excludes trailing dots. */
function knownDomainBefore(hostname: string, end: number): string | null {
  const last = dotBefore(hostname, end);
  if (last <= 0) return null;
  const second = dotBefore(hostname, last);
  const two = hostname.slice(second + 1, end);
  if (TABLE_DOMAINS.has(two)) return two;
  if (hostname.startsWith(GOOGLE_LABEL, second + 1)) return GOOGLE_FAMILY;
  if (second <= 0) return null;
  const third = dotBefore(hostname, second);
  const three = hostname.slice(third + 1, end);
  if (TABLE_DOMAINS.has(three)) return three;
  return hostname.startsWith(GOOGLE_LABEL, third + 1) ? GOOGLE_FAMILY : null;
}

/**
 * The table domain a lower-case hostname (no trailing dot) lies under, GOOGLE_FAMILY when one of
 * its last three labels is "google" (the caller asks tldts), or null.
 */
export function knownDomainOf(hostname: string): string | null {
  return knownDomainBefore(hostname, hostname.length);
}

/**
 * Cheap pre-filter for the content script: false when `hostname` (as `URL.hostname` or
 * `a.hostname` give it) cannot belong to a platform or redirect wrapper. It only compares the
 * last two and three labels with the tables' registrable domains (plus google.<suffix>) and never
 * calls tldts. False positives are possible; false negatives are bugs.
 */
export function mightBeKnownHost(hostname: string): boolean {
  let end = hostname.length;
  while (end > 0 && hostname.charCodeAt(end - 1) === 46) end--;
  if (knownDomainBefore(hostname, end) !== null) return true;
  return UPPER_CASE.test(hostname) && knownDomainBefore(hostname.toLowerCase(), end) !== null;
}

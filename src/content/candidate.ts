import { PLATFORM_DOMAINS } from '../core/host-match';
import { knownDomainOf } from '../core/known-host';
import { hostnameOf } from './link-finder';

const PLATFORM_NAMES: readonly string[] = [...PLATFORM_DOMAINS];

/**
 * The content script's pre-filter, run on every link: could this href be a platform's link, or a
 * redirect wrapper around one? Only string work and set lookups; no URL parsing, no tldts. A
 * wrapper host (a search engine, a social site) counts only when its address names a platform
 * domain somewhere, so ordinary links of those big sites do not wake the engine. False positives
 * are fine (the engine decides); a false negative would be a missed badge.
 */
export function isCandidateHref(href: string): boolean {
  const host = trimDots(hostnameOf(href).toLowerCase());
  if (host === '') return false;
  const domain = knownDomainOf(host);
  if (domain === null) return false;
  if (PLATFORM_DOMAINS.has(domain)) return true;
  const lower = href.toLowerCase();
  return PLATFORM_NAMES.some((name) => lower.includes(name));
}

function trimDots(host: string): string {
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  return end === host.length ? host : host.slice(0, end);
}

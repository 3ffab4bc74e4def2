import { GOOGLE_FAMILY, type Wrapper, type WrapperRoute } from './wrapper';
import { WRAPPERS } from './wrappers';

interface RouteEntry {
  wrapper: Wrapper;
  route: WrapperRoute;
}

function indexRoutes(wrappers: readonly Wrapper[]): Map<string, RouteEntry[]> {
  const index = new Map<string, RouteEntry[]>();
  for (const wrapper of wrappers) {
    for (const route of wrapper.routes) {
      const list = index.get(route.domain) ?? [];
      list.push({ wrapper, route });
      index.set(route.domain, list);
    }
  }
  return index;
}

const ROUTES = indexRoutes(WRAPPERS);

/** Every registrable domain of the wrapper table (the Google family excluded). */
export const WRAPPER_DOMAINS: ReadonlySet<string> = new Set(
  [...ROUTES.keys()].filter((domain) => domain !== GOOGLE_FAMILY),
);

/** A wrapper that matched a URL, and the raw text of its target parameter (null when absent). */
export interface WrapperHit {
  wrapper: Wrapper;
  target: string | null;
}

function pathMatches(paths: readonly string[], pathname: string): boolean {
  for (const path of paths) {
    if (path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path) {
      return true;
    }
  }
  return false;
}

const ENCODED_SCHEME = /^https?%3a/i;

function readTarget(url: URL, params: readonly string[]): string | null {
  const search = url.searchParams;
  for (const name of params) {
    let value = search.get(name);
    if (value === null) continue;
    value = value.trim();
    // Targets encoded twice arrive as "https%3A%2F%2F…" after one decoding.
    if (ENCODED_SCHEME.test(value)) {
      try {
        value = decodeURIComponent(value);
      } catch {
        // Broken percent-encoding: keep the value as it is.
      }
    }
    if (value !== '') return value;
  }
  return null;
}

/**
 * The redirect wrapper serving `url`, if any. `domain` is the registrable domain of its host and
 * `subdomain` the labels left of it ("" for none).
 */
export function matchWrapper(url: URL, domain: string, subdomain: string): WrapperHit | null {
  const entries = ROUTES.get(domain.startsWith('google.') ? GOOGLE_FAMILY : domain);
  if (entries === undefined) return null;
  for (const { wrapper, route } of entries) {
    if (route.subdomains !== undefined && !route.subdomains.includes(subdomain)) continue;
    if (route.paths !== undefined && !pathMatches(route.paths, url.pathname)) continue;
    return { wrapper, target: readTarget(url, route.params) };
  }
  return null;
}

/**
 * False when no wrapper route on `domain` (a registrable domain or GOOGLE_FAMILY) serves
 * `subdomain` (null: any) and `pathname` (null: any), so that a link needs no parsing to be ruled
 * out; true when one might (query parameters are not checked here).
 */
export function mayBeWrapperUrl(
  domain: string,
  subdomain: string | null,
  pathname: string | null,
): boolean {
  const entries = ROUTES.get(domain.startsWith('google.') ? GOOGLE_FAMILY : domain);
  if (entries === undefined) return false;
  return entries.some(({ route }) => serves(route, subdomain, pathname));
}

/** Whether `route` serves `subdomain` and `pathname` (null: any). */
function serves(
  route: { subdomains?: readonly string[]; paths?: Parameters<typeof pathMatches>[0] },
  subdomain: string | null,
  pathname: string | null,
): boolean {
  if (subdomain !== null && route.subdomains !== undefined && !route.subdomains.includes(subdomain))
    return false;
  return pathname === null || route.paths === undefined || pathMatches(route.paths, pathname);
}

/** Whether the serialised query of `href` (up to "#") has a parameter named one of `names`, or a
 * name with a percent-escape, which the URL parser would decode. */
function queryMayName(href: string, names: readonly string[]): boolean {
  const query = href.indexOf('?');
  if (query < 0) return false;
  const hash = href.indexOf('#', query);
  const end = hash < 0 ? href.length : hash;
  let start = query + 1;
  while (start <= end) {
    let stop = href.indexOf('&', start);
    if (stop < 0 || stop > end) stop = end;
    let nameEnd = href.indexOf('=', start);
    if (nameEnd < 0 || nameEnd > stop) nameEnd = stop;
    const name = href.slice(start, nameEnd);
    if (name.includes('%') || names.includes(name)) return true;
    start = stop + 1;
  }
  return false;
}

/**
 * Whether a serialised link (`href`, WHATWG form) on `domain` with this `subdomain` and `pathname`
 * may carry a wrapper's target: a route serves it and its query names one of the route's target
 * parameters. When false, `matchWrapper` would find no target, so the link needs no parsing.
 */
export function mayCarryWrapperTarget(
  domain: string,
  subdomain: string | null,
  pathname: string,
  href: string,
): boolean {
  const entries = ROUTES.get(domain.startsWith('google.') ? GOOGLE_FAMILY : domain);
  if (entries === undefined) return false;
  for (const { route } of entries) {
    if (serves(route, subdomain, pathname) && queryMayName(href, route.params)) return true;
  }
  return false;
}

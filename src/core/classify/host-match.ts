import type { Category } from './category';
import type { HostPattern, PathCategory, Platform, PlatformDomain } from './platform';
import { PLATFORMS } from './platforms';

/** The platform a host belongs to, and the category its host and path give. */
export interface PlatformMatch {
  platform: Platform;
  category: Category;
}

interface DomainIndexEntry {
  platform: Platform;
  domain: PlatformDomain;
  exact: Map<string, HostPattern>;
  /** Label-prefix patterns ("shop*"), as [prefix, pattern]. */
  prefixes: [string, HostPattern][];
}

function indexDomains(platforms: readonly Platform[]): Map<string, DomainIndexEntry> {
  const index = new Map<string, DomainIndexEntry>();
  for (const platform of platforms) {
    for (const domain of platform.domains) {
      const entry: DomainIndexEntry = { platform, domain, exact: new Map(), prefixes: [] };
      for (const host of domain.hosts ?? []) {
        if (host.subdomain.endsWith('*')) entry.prefixes.push([host.subdomain.slice(0, -1), host]);
        else entry.exact.set(host.subdomain, host);
      }
      index.set(domain.domain, entry);
    }
  }
  return index;
}

const DOMAIN_INDEX = indexDomains(PLATFORMS);

/** Every registrable domain of the platform table. */
export const PLATFORM_DOMAINS: ReadonlySet<string> = new Set(DOMAIN_INDEX.keys());

/** The platform domains whose evidence is firm (not marked `weak` in the platform table). */
export const FIRM_PLATFORM_DOMAINS: ReadonlySet<string> = new Set(
  PLATFORMS.flatMap((platform) =>
    platform.domains.filter((entry) => entry.weak === undefined).map((entry) => entry.domain),
  ),
);

function findHost(entry: DomainIndexEntry, subdomain: string): HostPattern | undefined {
  const exact = entry.exact.get(subdomain);
  if (exact !== undefined || entry.prefixes.length === 0) return exact;
  if (subdomain.includes('.')) return undefined;
  for (const [prefix, host] of entry.prefixes) {
    if (subdomain.startsWith(prefix)) return host;
  }
  return undefined;
}

function byPath(
  paths: readonly PathCategory[] | undefined,
  pathname: string,
): Category | undefined {
  if (paths === undefined) return undefined;
  for (const rule of paths) {
    if (pathname.startsWith(rule.prefix)) return rule.category;
  }
  return undefined;
}

/**
 * Finds the platform of a registrable domain and the category of one of its URLs: the first of
 * host path rules, host category, domain path rules, domain category, platform category.
 * `subdomain` is the hostname's labels left of `domain` ("" for none).
 */
export function matchPlatform(
  domain: string,
  subdomain: string,
  pathname: string,
): PlatformMatch | null {
  const entry = DOMAIN_INDEX.get(domain);
  if (entry === undefined) return null;
  const host = findHost(entry, subdomain);
  const category =
    byPath(host?.paths, pathname) ??
    host?.category ??
    byPath(entry.domain.paths, pathname) ??
    entry.domain.category ??
    entry.platform.category;
  return { platform: entry.platform, category };
}

/** The platforms sharing links on a registrable domain (tb.cn: Taobao, Tmall, Xianyu), if any. */
export function sharedByOf(domain: string): readonly string[] | undefined {
  return DOMAIN_INDEX.get(domain)?.domain.sharedBy;
}

const PLATFORM_BY_ID = new Map(PLATFORMS.map((p) => [p.id, p]));

/** The platform with this id, if any. */
export function platformById(id: string): Platform | undefined {
  return PLATFORM_BY_ID.get(id);
}

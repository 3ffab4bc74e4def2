import type { Localized } from '../localized';
import type { Source } from '../policy/source';
import type { Category } from './category';

/** A path rule: paths starting with `prefix` (case-sensitive, e.g. "/video/") get `category`. */
export interface PathCategory {
  prefix: string;
  category: Category;
}

/**
 * What a known host serves, for documentation and tests; the classifier only uses `category`.
 * "short" hosts are share short links whose target is only known after a redirect.
 */
export type HostRole =
  | 'home'
  | 'product'
  | 'shop'
  | 'mobile'
  | 'short'
  | 'affiliate'
  | 'international'
  | 'video'
  | 'share'
  | 'api';

/**
 * A host of a platform domain, named by its subdomain (the labels left of the registrable domain).
 * `subdomain` is exact ("item", "item.m", "" for the bare domain), or a single label ending in "*"
 * for a label prefix ("shop*" matches "shop123" but not "shop1.x").
 */
export interface HostPattern {
  subdomain: string;
  role: HostRole;
  /** Category of this host; defaults to the domain's, then the platform's. */
  category?: Category;
  /** Path rules for this host, tried in order before `category`. */
  paths?: readonly PathCategory[];
}

/** One registrable domain (eTLD+1) of a platform: every host under it belongs to the platform. */
export interface PlatformDomain {
  /** Lower-case ASCII registrable domain, e.g. "taobao.com", "tb.cn". */
  domain: string;
  /** Default category of hosts under this domain; defaults to the platform's. */
  category?: Category;
  /** Path rules for every host of the domain, tried after the host's own rules and category. */
  paths?: readonly PathCategory[];
  /** Known hosts. Hosts not listed still belong to the platform. */
  hosts?: readonly HostPattern[];
  /** Where the domain is documented. */
  sources: readonly Source[];
  /** Set when the evidence for this domain (or its assignment to this platform) is weak. */
  weak?: string;
  /**
   * Platforms (of one owner, this platform first) whose apps all share links on this domain, so
   * that the domain alone does not say which app a link is from (tb.cn: Taobao, Tmall, Xianyu).
   */
  sharedBy?: readonly string[];
}

/** A platform whose links and share codes the classifier recognises. */
export interface Platform {
  /** Stable id used by rules, e.g. "taobao". */
  id: string;
  /** Company id, e.g. "alibaba", "bytedance". */
  owner: string;
  name: Localized;
  /** Category when neither host nor path says otherwise. */
  category: Category;
  domains: readonly PlatformDomain[];
  sources: readonly Source[];
}

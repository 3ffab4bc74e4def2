import type { Localized } from '../localized';
import type { Source } from '../policy/source';

/** Marker for the registrable domain of every google.<public suffix> (google.com, google.co.jp…). */
export const GOOGLE_FAMILY = 'google.*';

/**
 * Where a redirect wrapper lives and which query parameter holds its target.
 * - `domain`: registrable domain, or GOOGLE_FAMILY;
 * - `subdomains`: exact subdomains served ("" is the bare domain); omitted means any;
 * - `paths`: exact paths, or prefixes written with a trailing "*"; omitted means any;
 * - `params`: query parameters holding the target, tried in order.
 */
export interface WrapperRoute {
  domain: string;
  subdomains?: readonly string[];
  paths?: readonly string[];
  params: readonly string[];
}

/** A redirect or warning page that carries the real target in its query (like ClearURLs' redirections). */
export interface Wrapper {
  /** Stable id, listed in `Classification.via`. */
  id: string;
  /** Short name for tooltips, e.g. "Google redirect" / "谷歌跳转". */
  name: Localized;
  routes: readonly WrapperRoute[];
  sources: readonly Source[];
}

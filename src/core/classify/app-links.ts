import type { Source } from '../policy/source';
import {
  APP_SCHEMES_TABLE,
  DOUYIN_APP_LINK,
  KUAISHOU_APP_LINK,
  TMALL_APP_LINK,
  XHS_APP_LINK,
} from './link-sources';

/** A URL scheme that opens a platform's own app (taobao://…, openapp.jdmobile://…). */
export interface AppScheme {
  /** Lower-case scheme without ":" ("openapp.jdmobile"). */
  scheme: string;
  platform: string;
  sources: readonly Source[];
}

/**
 * App link schemes, as data. An app link opens the app on a phone where it is installed; what a
 * chat does with one is not in the record, so rules only speak of them when they list kind "app".
 */
export const APP_SCHEMES: readonly AppScheme[] = [
  { scheme: 'taobao', platform: 'taobao', sources: [APP_SCHEMES_TABLE] },
  { scheme: 'tmall', platform: 'tmall', sources: [TMALL_APP_LINK] },
  { scheme: 'openapp.jdmobile', platform: 'jd', sources: [APP_SCHEMES_TABLE] },
  { scheme: 'pinduoduo', platform: 'pinduoduo', sources: [APP_SCHEMES_TABLE] },
  { scheme: 'snssdk1128', platform: 'douyin', sources: [DOUYIN_APP_LINK] },
  { scheme: 'xhsdiscover', platform: 'xiaohongshu', sources: [XHS_APP_LINK] },
  { scheme: 'kwai', platform: 'kuaishou', sources: [KUAISHOU_APP_LINK] },
];

const BY_SCHEME: ReadonlyMap<string, string> = new Map(
  APP_SCHEMES.map((entry) => [entry.scheme, entry.platform]),
);

/** The platform whose app a lower-case scheme opens, or null. */
export function appPlatformOf(scheme: string): string | null {
  return BY_SCHEME.get(scheme) ?? null;
}

/**
 * Whether `href` may be an app link of a platform, by its first characters alone (any case): a
 * cheap test for the content script's pre-filter, with no false negative against appPlatformOf.
 */
export function mayBeAppLink(href: string): boolean {
  const colon = href.indexOf(':');
  if (colon < 4 || colon > 16) return false;
  return BY_SCHEME.has(href.slice(0, colon).toLowerCase());
}

import fc from 'fast-check';
import { PLATFORMS } from '../../../../src/core/classify/platforms';

/** [platform id, registrable domain] of every platform domain. */
export const PLATFORM_DOMAIN_PAIRS: [string, string][] = PLATFORMS.flatMap((platform) =>
  platform.domains.map((domain): [string, string] => [platform.id, domain.domain]),
);

/** Table subdomains ("item", "h5.m", "shop*" as "shop1") plus random labels. */
const KNOWN_SUBDOMAINS = [
  ...new Set(
    PLATFORMS.flatMap((p) =>
      p.domains.flatMap((d) => (d.hosts ?? []).map((h) => h.subdomain.replace('*', '1'))),
    ),
  ),
];

export const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);

export const subdomain = fc.oneof(
  fc.constantFrom(...KNOWN_SUBDOMAINS),
  fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => labels.join('.')),
);

export const pathAndQuery = fc.oneof(
  fc.constantFrom('/', '/item.htm?id=1', '/video/123', '/goods-detail/5e', '/h.3n52vLA?tk=x', ''),
  fc.webPath().chain((path) => fc.webQueryParameters().map((query) => `${path}?${query}`)),
);

/** A link to one platform domain: [platform, domain, hostname, url]. */
export const platformLink = fc
  .tuple(fc.constantFrom(...PLATFORM_DOMAIN_PAIRS), fc.option(subdomain), pathAndQuery)
  .map(([[platform, domain], sub, path]) => {
    const host = sub === null || sub === '' ? domain : `${sub}.${domain}`;
    const url = `https://${host}${path.startsWith('/') || path === '' ? path : `/${path}`}`;
    return { platform, domain, host, url };
  });

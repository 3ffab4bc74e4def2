import fc from 'fast-check';
import { APP_SCHEMES } from '../../../../src/core/classify/app-links';
import { PLATFORMS } from '../../../../src/core/classify/platforms';
import { GOOGLE_FAMILY, type WrapperRoute } from '../../../../src/core/classify/wrapper';
import { WRAPPERS } from '../../../../src/core/classify/wrappers';

/**
 * Links to the real platform hosts of src/core/classify/platforms.ts, direct or inside the real redirect
 * wrappers of src/core/classify/wrappers.ts (encoded once, twice or written raw), as page authors write them.
 */
export const PLATFORM_HOSTS = [
  ...new Set(
    PLATFORMS.flatMap((platform) =>
      platform.domains.flatMap((domain) => [
        domain.domain,
        ...(domain.hosts ?? []).map((host) =>
          host.subdomain === ''
            ? domain.domain
            : `${host.subdomain.replace('*', '7')}.${domain.domain}`,
        ),
      ]),
    ),
  ),
];
export const PLATFORM_DOMAIN_LIST = PLATFORMS.flatMap((p) => p.domains.map((d) => d.domain));

export const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);

/** Upper-cases a random choice of the characters. */
export function mixedCase(text: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) => [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
}

export const platformHost = fc
  .oneof(
    fc.constantFrom(...PLATFORM_HOSTS),
    fc
      .tuple(
        fc.array(label, { minLength: 1, maxLength: 2 }),
        fc.constantFrom(...PLATFORM_DOMAIN_LIST),
      )
      .map(([labels, domain]) => `${labels.join('.')}.${domain}`),
  )
  .chain(mixedCase)
  .chain((host) => fc.constantFrom(host, `${host}.`));

export const pathQuery = fc.oneof(
  fc.constantFrom('', '/', '/item.htm?id=1', '/video/1', '/goods-detail/5e', '/h.3n52vLA?tk=x#a'),
  fc
    .tuple(fc.webPath(), fc.option(fc.webQueryParameters()), fc.option(fc.webFragments()))
    .map(
      ([path, query, fragment]) =>
        `${path}${query === null ? '' : `?${query}`}${fragment === null ? '' : `#${fragment}`}`,
    ),
);

export const directLink = fc
  .tuple(
    fc.constantFrom('https', 'http', 'HTTPS'),
    fc.option(fc.constantFrom('user@', 'user:pw@', 'a%40b:x@')),
    platformHost,
    fc.option(fc.integer({ min: 1, max: 65535 })),
    pathQuery,
  )
  .map(
    ([scheme, userinfo, host, port, path]) =>
      `${scheme}://${userinfo ?? ''}${host}${port === null ? '' : `:${port}`}${path}`,
  );

const GOOGLE_HOSTS = [
  'www.google.com',
  'google.com',
  'www.google.co.jp',
  'google.com.hk',
  'www.google.de',
];

function wrapperHost(route: WrapperRoute): fc.Arbitrary<string> {
  if (route.domain === GOOGLE_FAMILY) return fc.constantFrom(...GOOGLE_HOSTS);
  const sub = route.subdomains ? fc.constantFrom(...route.subdomains) : fc.option(label);
  return sub.map((s) => (s ? `${s}.${route.domain}` : route.domain));
}

const ROUTES = WRAPPERS.flatMap((wrapper) => wrapper.routes);

/** `target` inside a redirect wrapper's query: encoded once, twice, or written raw. */
export function wrapped(target: string): fc.Arbitrary<string> {
  return fc
    .constantFrom(...ROUTES)
    .chain((route) =>
      fc.tuple(
        wrapperHost(route),
        route.paths
          ? fc.constantFrom(...route.paths.map((p) => p.replace('*', 'x')))
          : fc.constant('/'),
        fc.constantFrom(...route.params),
        fc.constantFrom('once', 'twice', 'raw'),
        fc.option(fc.constantFrom('sa=t&', 'ved=0&', 'a=b&c=d&')),
        mixedCase(route.domain === GOOGLE_FAMILY ? 'https' : 'http'),
      ),
    )
    .map(([host, path, param, encoding, before, scheme]) => {
      const value =
        encoding === 'raw'
          ? target
          : encoding === 'once'
            ? encodeURIComponent(target)
            : encodeURIComponent(encodeURIComponent(target));
      return `${scheme}://${host}${path}?${before ?? ''}${param}=${value}`;
    });
}

export const wrappedLink = directLink.chain(wrapped);
export const twiceWrappedLink = wrappedLink.chain(wrapped);

/** App links of the platforms ("taobao://…", "openApp.jdMobile://…"), and of other apps. */
export const appLink = fc
  .tuple(
    fc.constantFrom(...APP_SCHEMES.map((entry) => entry.scheme), 'weixin', 'alipays', 'taobaox'),
    fc.constantFrom('//', '/', ''),
    fc.oneof(pathQuery, fc.string()),
  )
  .chain(([scheme, slashes, rest]) =>
    mixedCase(scheme).map((cased) => `${cased}:${slashes}${rest.replace(/^\//, '')}`),
  );

/** Everything the generators make, plus arbitrary web URLs (mostly of no platform). */
export const anyLink = fc.oneof(
  { arbitrary: appLink, weight: 1 },
  { arbitrary: directLink, weight: 3 },
  { arbitrary: wrappedLink, weight: 3 },
  { arbitrary: twiceWrappedLink, weight: 1 },
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 1 },
);

/** What a browser gives the content script: the link's href as the URL parser serialises it. */
export function asHref(url: string): string | null {
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/** Relative addresses, protocol-relative ones and odd spellings the URL parser repairs. */
export const relativeLink = fc.oneof(
  fc.constantFrom(
    '/item.htm?id=1',
    'item.htm',
    './goods/1',
    '../up',
    '?q=1',
    '/a:b',
    'item.taobao.com/x',
    '//item.taobao.com/item.htm',
    '//m.tb.cn/h.x',
    '\\\\item.jd.com\\1.html',
    '/\\item.jd.com/1.html',
    'https:item.taobao.com',
    'https:/item.jd.com/1.html',
    'javascript:void(0)',
    'mailto:a@jd.com',
    '',
  ),
  fc.webPath(),
  platformHost.map((host) => `//${host}/x`),
);

/** What a page author may write in href: links as above, padded or spelled oddly. */
export const rawHref = fc
  .oneof(
    { arbitrary: directLink, weight: 3 },
    { arbitrary: wrappedLink, weight: 2 },
    { arbitrary: relativeLink, weight: 2 },
    { arbitrary: appLink, weight: 1 },
  )
  .chain((href) =>
    fc.constantFrom(
      href,
      ` ${href} `,
      `\n${href}`,
      `\u0001${href}`,
      href.replace('://', ':\t//'),
      href.replace(/^https?/i, (scheme) => scheme.toUpperCase()),
      href.replace(/\//g, '\\'),
    ),
  );

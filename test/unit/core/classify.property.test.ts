import fc from 'fast-check';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../src/core/classify/classification';
import { classify } from '../../../src/core/classify/classify';
import { PLATFORM_DOMAINS } from '../../../src/core/classify/host-match';
import { mightBeKnownHost, TABLE_DOMAINS } from '../../../src/core/classify/known-host';
import { PLATFORMS } from '../../../src/core/classify/platforms';
import { label, platformLink, subdomain } from './support/link-arbitraries';

const PLATFORM_IDS = new Set(PLATFORMS.map((p) => p.id));

/** The shape every classification must have, whatever the input. */
function expectWellFormed(result: Classification, input: string): void {
  expect(result.input).toBe(input);
  expect(['url', 'code', 'none']).toContain(result.kind);
  if (result.kind === 'none') {
    // Only a lookalike URL adds something to kind "none": its `warnings`.
    const { warnings, ...rest } = result;
    if (warnings !== undefined) {
      expect(warnings.length).toBeGreaterThan(0);
      for (const warning of warnings) expect(warning.type).toBe('lookalike');
    }
    expect(rest).toEqual({
      input,
      kind: 'none',
      platform: null,
      owner: null,
      category: null,
      domain: null,
      url: null,
      via: null,
      codes: null,
    });
  } else {
    expect(PLATFORM_IDS.has(result.platform ?? '')).toBe(true);
    expect(result.owner).not.toBeNull();
    expect(['ecommerce', 'content']).toContain(result.category);
  }
  if (result.kind === 'url') {
    expect(Array.isArray(result.via)).toBe(true);
    expect(result.url).toMatch(/^https?:\/\//);
    expect(result.domain).not.toBeNull();
  }
  if (result.kind === 'code') {
    expect(result.codes?.length).toBeGreaterThan(0);
    expect(result.via).toBeNull();
    expect(result.url).toBeNull();
  }
}

const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const fragment = fc.constantFrom(
  'https://',
  'http://',
  '//',
  'item.taobao.com',
  'm.tb.cn',
  'www.google.com/url?q=',
  'weixin110.qq.com/?url=',
  '%',
  '%E0%A4%A',
  '%2F',
  '@',
  ':',
  '.',
  '/',
  '\\',
  '?',
  '#',
  ' ',
  '\t',
  '\n',
  '\u0000',
  '\ud800',
  '\udc00',
  '￥',
  '€',
  '💰',
  '啊',
  '(',
  ')',
  '20:/！',
  '！',
  'MDGGba1MLQh',
  'ｔａｏｂａｏ．ｃｏｍ',
  'javascript:',
  'xn--',
  '[::1]',
);

describe('classify: properties', () => {
  it('never throws and always returns a well-formed result, for any string', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: utf16Unit, maxLength: 200 }),
      fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyString, fc.option(anyString), (input, base) => {
        expectWellFormed(classify(input, base ?? undefined), input);
      }),
      { numRuns: 2000 },
    );
  });

  it('maps any link under a platform domain to that platform, with tldts’ registrable domain', () => {
    fc.assert(
      fc.property(platformLink, ({ platform, host, url }) => {
        const result = classify(url);
        expect(result.kind).toBe('url');
        expect(result.platform).toBe(platform);
        expect(result.domain).toBe(getDomain(host));
        expect(mightBeKnownHost(host)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent: classifying the returned URL gives the same platform and URL', () => {
    const input = fc.oneof(
      platformLink.map((link) => link.url),
      platformLink.map((link) => `https://www.google.com/url?q=${encodeURIComponent(link.url)}`),
      platformLink.map((link) => link.url.replace('https://', '').toUpperCase()),
      platformLink.map((link) => `复制 ${link.url}。点击链接`),
    );
    fc.assert(
      fc.property(input, (text) => {
        const first = classify(text);
        if (first.kind !== 'url' || first.url === null) return;
        const again = classify(first.url);
        expect(again.kind).toBe('url');
        expect(again.platform).toBe(first.platform);
        expect(again.url).toBe(first.url);
        expect(classify(again.url ?? '').url).toBe(first.url);
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores the case of the host', () => {
    fc.assert(
      fc.property(
        platformLink,
        fc.infiniteStream(fc.boolean()),
        ({ platform, host, url }, flips) => {
          const iterator = flips[Symbol.iterator]();
          const mixed = [...host]
            .map((c) => (iterator.next().value ? c.toUpperCase() : c))
            .join('');
          const result = classify(url.replace(host, mixed));
          expect(result.platform).toBe(platform);
          expect(result.url).toBe(classify(url).url);
        },
      ),
    );
  });

  it('gives the same answer on the fast path and through full URL parsing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          platformLink.map((link) => link.host),
          fc
            .tuple(
              subdomain,
              label,
              fc.constantFrom('com', 'cn', 'com.cn', 'co.jp', 'org', 'tv', 'hk'),
            )
            .map(([sub, name, tld]) => `${sub}.${name}.${tld}`),
          fc.constantFrom('www.google.com', 'news.qq.com', 'weixin110.qq.com', 'link.zhihu.com'),
        ),
        (host) => {
          const path = `/url?q=${encodeURIComponent('https://item.jd.com/1.html')}&url=x&target=y`;
          const fast = classify(`https://${host}${path}`);
          const slow = classify(`https://user@${host}${path}`);
          expect(slow).toEqual({ ...fast, input: slow.input });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('classify: links read without the URL parser', () => {
  const trickyPart = fc.constantFrom(
    '/',
    '.',
    '..',
    '/./',
    '/../',
    '%2e',
    '%2E',
    '%2',
    '%',
    '%zz',
    '^',
    '`',
    '{',
    '}',
    '|',
    "'",
    '"',
    '<',
    '>',
    '\\',
    '?',
    '#',
    '&',
    '=',
    '+',
    ',',
    ';',
    ':',
    '@',
    '!',
    '$',
    '*',
    '~',
    '[',
    ']',
    'é',
    '中',
    'a',
    'Z',
    '0',
    '-',
    '_',
    '%41',
    'item.htm',
    'h.3n52vLA',
    '.well-known',
    '',
  );
  const rest = fc.array(trickyPart, { maxLength: 12 }).map((parts) => parts.join(''));

  it('treat a host the parser rejects as no link, as full parsing does', () => {
    for (const link of ['https://xn--0.taobao.com/url', 'https://a.xn--0.jd.com/']) {
      expect(() => new URL(link)).toThrow();
      expect(classify(link).kind, link).toBe('none');
    }
  });

  it('return exactly the WHATWG serialisation and the same answer as full parsing', () => {
    const host = fc.oneof(
      platformLink.map((link) => link.host),
      fc.constantFrom(
        'www.google.com',
        'google.co.jp',
        'maps.google.com',
        'l.facebook.com',
        'www.facebook.com',
        'weibo.cn',
        'www.douban.com',
        'link.zhihu.com',
        'www.youtube.com',
        'news.qq.com',
        'weixin110.qq.com',
        'www.jianshu.com',
      ),
    );
    const wrapperPath = fc.constantFrom(
      '/url',
      '/l.php',
      '/sinaurl',
      '/link2/',
      '/go-wild',
      '/redirect',
      '/',
    );
    const target = fc.constantFrom(
      '',
      '?q=https%3A%2F%2Fitem.jd.com%2F1.html',
      '?url=https://m.tb.cn/h.x&u=x&target=y',
    );
    const input = fc.oneof(
      fc
        .tuple(host, rest)
        .map(
          ([h, tail]) => `https://${h}${/^[/?#]/.test(tail) || tail === '' ? tail : `/${tail}`}`,
        ),
      fc.tuple(host, wrapperPath, target).map(([h, path, query]) => `https://${h}${path}${query}`),
    );
    fc.assert(
      fc.property(input, (link) => {
        const result = classify(link);
        let parsed: URL;
        try {
          parsed = new URL(link);
        } catch {
          // A host the parser rejects (a label "xn--0" that is no Punycode): no link at all.
          expect(result.kind, link).toBe('none');
          return;
        }
        if (result.kind === 'url' && result.via?.length === 0) expect(result.url).toBe(parsed.href);
        const slow = classify(`https://user@${parsed.href.slice(8)}`);
        expect(slow).toEqual({ ...result, input: slow.input });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('classify: lookalike hosts never count as the platform', () => {
  const insertable = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-');

  it('rejects a character inserted into the registrable domain', () => {
    fc.assert(
      fc.property(platformLink, insertable, fc.nat(), ({ domain, host, url }, char, at) => {
        const position = at % (domain.length + 1);
        const mutatedDomain = domain.slice(0, position) + char + domain.slice(position);
        const mutatedHost = host.slice(0, host.length - domain.length) + mutatedDomain;
        const result = classify(url.replace(host, mutatedHost));
        expect(result.domain).not.toBe(domain);
        if (result.kind === 'url')
          expect(PLATFORM_DOMAINS.has(getDomain(mutatedHost) ?? '')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects labels appended after the domain and "evil-" before it', () => {
    const suffix = fc.constantFrom(
      'evil.example',
      'example.com',
      'attacker.cn',
      'com',
      'cn',
      'net',
      'com.cn',
      'co',
    );
    fc.assert(
      fc.property(platformLink, suffix, ({ domain, host, url }, tail) => {
        for (const mutated of [
          `${host}.${tail}`,
          host.replace(new RegExp(`${domain}$`), `evil-${domain}`),
        ]) {
          const result = classify(url.replace(host, mutated));
          expect(result.kind, mutated).toBe('none');
          expect(mightBeKnownHost(mutated) && result.kind === 'url').toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects a platform host used as user info or path', () => {
    fc.assert(
      fc.property(platformLink, label, ({ host }, name) => {
        for (const input of [
          `https://${host}@${name}.example/`,
          `https://${name}.example/${host}/`,
        ]) {
          expect(classify(input).kind, input).toBe('none');
        }
      }),
    );
  });
});

describe('mightBeKnownHost: no false negatives', () => {
  it('is true wherever tldts puts a host under a table domain or google.<suffix>', () => {
    const host = fc.oneof(
      platformLink.map((link) => link.host),
      fc
        .tuple(fc.option(subdomain), fc.constantFrom(...TABLE_DOMAINS))
        .map(([sub, d]) => (sub ? `${sub}.${d}` : d)),
      fc
        .tuple(
          fc.option(subdomain),
          fc.constantFrom('com', 'com.hk', 'co.jp', 'de', 'co.uk', 'com.au', 'cn'),
        )
        .map(([sub, suffix]) => (sub ? `${sub}.google.${suffix}` : `google.${suffix}`)),
      fc
        .tuple(subdomain, label, fc.constantFrom('com', 'cn', 'net', 'com.cn'))
        .map(([sub, name, tld]) => `${sub}.${name}.${tld}`),
    );
    fc.assert(
      fc.property(host, (hostname) => {
        const domain = getDomain(hostname) ?? '';
        const expected =
          TABLE_DOMAINS.has(domain) ||
          getDomain(hostname, { allowPrivateDomains: false })?.startsWith('google.');
        if (expected) expect(mightBeKnownHost(hostname), hostname).toBe(true);
        const result = classify(`https://${hostname}/url?q=https%3A%2F%2Fitem.jd.com%2F1.html`);
        if (result.kind !== 'none') expect(mightBeKnownHost(hostname), hostname).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

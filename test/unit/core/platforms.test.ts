import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/classify/category';
import { classify } from '../../../src/core/classify/classify';
import { PLATFORMS } from '../../../src/core/classify/platforms';

const REQUIRED_IDS = [
  'taobao',
  'tmall',
  'xianyu',
  'jd',
  'pinduoduo',
  'douyin',
  'kuaishou',
  'xiaohongshu',
];

/** A concrete hostname for a host pattern ("shop*" becomes "shop123"). */
function hostFor(subdomain: string, domain: string): string {
  const concrete = subdomain.endsWith('*') ? `${subdomain.slice(0, -1)}123` : subdomain;
  return concrete === '' ? domain : `${concrete}.${domain}`;
}

describe('platform table', () => {
  it('has every required platform, with unique ids', () => {
    const ids = PLATFORMS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it('gives each platform an owner, both names, a category and sources', () => {
    for (const platform of PLATFORMS) {
      expect(platform.owner).toMatch(/^[a-z0-9]+$/);
      expect(platform.name.en.length).toBeGreaterThan(0);
      expect(platform.name.zh_CN.length).toBeGreaterThan(0);
      expect(CATEGORIES).toContain(platform.category);
      expect(platform.sources.length).toBeGreaterThan(0);
      expect(platform.domains.length).toBeGreaterThan(0);
    }
  });

  it('cites a titled source for every domain', () => {
    for (const platform of PLATFORMS) {
      for (const domain of platform.domains) {
        expect(domain.sources.length, domain.domain).toBeGreaterThan(0);
        for (const source of domain.sources) {
          expect(source.title.length).toBeGreaterThan(0);
          expect(source.url.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('lists each domain once, as a registrable domain of at most three labels', () => {
    const seen = new Set<string>();
    for (const platform of PLATFORMS) {
      for (const { domain } of platform.domains) {
        expect(seen.has(domain), domain).toBe(false);
        seen.add(domain);
        expect(domain).toBe(domain.toLowerCase());
        expect(domain.split('.').length).toBeLessThanOrEqual(3);
        expect(getDomain(domain)).toBe(domain);
        expect(getDomain(`a.b.${domain}`)).toBe(domain);
      }
    }
  });

  it('marks the owners named in the issue', () => {
    const owner = (id: string) => PLATFORMS.find((p) => p.id === id)?.owner;
    expect(owner('taobao')).toBe('alibaba');
    expect(owner('tmall')).toBe('alibaba');
    expect(owner('xianyu')).toBe('alibaba');
    expect(owner('jd')).toBe('jd');
    expect(owner('pinduoduo')).toBe('pdd');
    expect(owner('douyin')).toBe('bytedance');
    expect(owner('kuaishou')).toBe('kuaishou');
    expect(owner('xiaohongshu')).toBe('xingin');
  });
});

const HOST_CASES = PLATFORMS.flatMap((platform) =>
  platform.domains.flatMap((domain) => [
    ...(domain.hosts ?? []).map((host) => ({
      platform: platform.id,
      host: hostFor(host.subdomain, domain.domain),
      category: host.category ?? domain.category ?? platform.category,
      hasPaths: host.paths !== undefined || domain.paths !== undefined,
    })),
    {
      platform: platform.id,
      host: `unlisted-host.${domain.domain}`,
      category: domain.category ?? platform.category,
      hasPaths: domain.paths !== undefined,
    },
  ]),
);

describe('every host of the table', () => {
  it.each(HOST_CASES)('$host belongs to $platform', ({ platform, host, category, hasPaths }) => {
    const result = classify(`https://${host}/zz-no-path-rule`);
    expect(result.kind).toBe('url');
    expect(result.platform).toBe(platform);
    expect(result.url).toBe(`https://${host}/zz-no-path-rule`);
    expect(result.via).toEqual([]);
    if (!hasPaths) expect(result.category).toBe(category);
  });
});

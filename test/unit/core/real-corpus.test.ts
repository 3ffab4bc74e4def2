import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../src/core/classify/classification';
import { classify } from '../../../src/core/classify/classify';
import { PLATFORMS } from '../../../src/core/classify/platforms';
import textCorpus from '../../fixtures/real-corpus/share-texts.json';
import urlCorpus from '../../fixtures/real-corpus/urls.json';

/**
 * Links and share texts gathered from public code (each with its origin in the fixture), not
 * written here: how many the classifier recognises with the right platform.
 */

interface Origin {
  repo?: string;
  path?: string;
  githubSearch?: string;
  indexId?: string;
}

const urls = urlCorpus.urls as { url: string; platform: string | null; origin: Origin }[];
const texts = textCorpus.texts as { text: string; platform: string | null; origin: Origin }[];

/** The first labels of the platforms' domains ("taobao", "jd"), of three letters or more or "jd". */
const PLATFORM_LABELS = new Set(
  PLATFORMS.flatMap((platform) =>
    platform.domains.map((entry) => entry.domain.split('.')[0] as string),
  ),
);

function rate(hits: number, total: number): number {
  return total === 0 ? 1 : hits / total;
}

/** The record of a text says which platform its verdict follows when link and code differ. */
function consistent(result: Classification): boolean {
  for (const code of result.codes ?? []) {
    if (code.platform !== result.platform && result.basis?.codePlatform !== code.platform) {
      return false;
    }
  }
  return true;
}

describe('real links', () => {
  const platformUrls = urls.filter((entry) => entry.platform !== null);
  const otherUrls = urls.filter((entry) => entry.platform === null);

  it('has every entry with an origin, and enough of both kinds to measure', () => {
    for (const entry of urls) {
      const origin = entry.origin;
      expect(
        (origin.repo !== undefined && origin.path !== undefined) ||
          (origin.githubSearch !== undefined && origin.indexId !== undefined),
        entry.url,
      ).toBe(true);
    }
    expect(platformUrls.length).toBeGreaterThanOrEqual(900);
    expect(otherUrls.length).toBeGreaterThanOrEqual(700);
    expect(new Set(platformUrls.map((entry) => entry.platform)).size).toBeGreaterThanOrEqual(9);
  });

  it('recognises at least 99.5% of the platform links with the right platform', () => {
    const misses = platformUrls
      .filter((entry) => classify(entry.url).platform !== entry.platform)
      .map((entry) => `${entry.platform}: ${entry.url}`);
    expect(
      rate(platformUrls.length - misses.length, platformUrls.length),
      misses.join('\n'),
    ).toBeGreaterThanOrEqual(0.995);
  });

  // A link of no platform whose host carries a platform's name as a label of another site
  // ("jd.example.tk": third-party scripts named after JD) is the "subdomain" lookalike: it gets
  // that warning, and no platform. Every other link of no platform is left alone.
  const namedAfterPlatform = (url: string) => {
    const labels = new URL(url).hostname.split('.').slice(0, -2);
    return labels.some((label) => PLATFORM_LABELS.has(label));
  };

  it('leaves every link of no platform alone (no platform, no warning)', () => {
    const touched = otherUrls
      .filter((entry) => !namedAfterPlatform(entry.url))
      .map((entry) => ({ entry, result: classify(entry.url, undefined, { warnings: true }) }))
      .filter(({ result }) => result.kind !== 'none' || result.warnings !== undefined)
      .map(
        ({ entry, result }) => `${entry.url} → ${result.platform ?? result.warnings?.[0]?.type}`,
      );
    expect(touched).toEqual([]);
  });

  it("warns about links of no platform named after one, as that platform's lookalike", () => {
    const named = otherUrls.filter((entry) => namedAfterPlatform(entry.url));
    for (const entry of named) {
      const result = classify(entry.url, undefined, { warnings: true });
      expect(result.kind, entry.url).toBe('none');
      expect(result.warnings?.[0], entry.url).toMatchObject({
        type: 'lookalike',
        reason: 'subdomain',
      });
    }
  });
});

describe('real share texts', () => {
  const shareTexts = texts.filter((entry) => entry.platform !== null);
  const otherTexts = texts.filter((entry) => entry.platform === null);

  it('has every entry with an origin, and texts of every app it speaks of', () => {
    for (const entry of texts) {
      const origin = entry.origin;
      expect(
        (origin.repo !== undefined && origin.path !== undefined) ||
          (origin.githubSearch !== undefined && origin.indexId !== undefined),
        entry.text,
      ).toBe(true);
    }
    expect(shareTexts.length).toBeGreaterThanOrEqual(100);
    expect(otherTexts.length).toBeGreaterThanOrEqual(25);
    for (const app of ['taobao', 'tmall', 'xianyu', 'jd', 'kuaishou', 'xiaohongshu', 'douyin']) {
      expect(shareTexts.filter((entry) => entry.platform === app).length, app).toBeGreaterThan(2);
    }
  });

  it('recognises at least 95% of the share texts with the app they were shared from', () => {
    const misses = shareTexts
      .filter((entry) => classify(entry.text).platform !== entry.platform)
      .map((entry) => `${entry.platform}: ${entry.text}`);
    expect(
      rate(shareTexts.length - misses.length, shareTexts.length),
      misses.join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
    // The misses, named so that a change in them is seen: a JD 京口令 of Chinese characters only,
    // and a JD code between a ￥ and a %.
    expect(misses.map((miss) => miss.slice(0, 24))).toEqual([
      'jd: 5:/鶁高明威严的宇宙帅气深奥的电脑东，',
      'jd: Code=new Array("￥VBY',
    ]);
  });

  it('gives every Xianyu text Xianyu, though its tb.cn link alone would say Taobao', () => {
    for (const entry of shareTexts.filter((text) => text.platform === 'xianyu')) {
      const result = classify(entry.text);
      expect(result.platform, entry.text).toBe('xianyu');
      expect(result.basis, entry.text).toEqual({
        follows: 'text',
        linkPlatform: 'taobao',
        codePlatform: null,
      });
    }
  });

  it('keeps each record consistent: its codes name its platform, or its basis says otherwise', () => {
    for (const entry of texts) {
      const result = classify(entry.text);
      expect(consistent(result), entry.text).toBe(true);
    }
  });

  it('leaves every text of no platform alone', () => {
    const touched = otherTexts
      .map((entry) => ({ entry, result: classify(entry.text, undefined, { warnings: true }) }))
      .filter(({ result }) => result.kind !== 'none' || result.warnings !== undefined)
      .map(({ entry, result }) => `${entry.text} → ${result.platform}`);
    expect(touched).toEqual([]);
  });
});

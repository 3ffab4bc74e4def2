import { describe, expect, it } from 'vitest';
import { linkCheck } from '../../../src/check-page/link-check-model';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { endOfChinaDay } from '../../../src/core/policy/china-time';
import type { TabReport } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';

const AT = endOfChinaDay('2021-11-29') as number;
const TAOBAO = 'https://item.taobao.com/item.htm?id=642391857301';
const XHS = 'https://www.xiaohongshu.com/explore/61a4c2f7000000000102b3c4';
const report: TabReport = {
  tabId: 3,
  frames: [
    {
      frameId: 0,
      url: 'https://guide.example/',
      hostname: 'guide.example',
      active: true,
      truncated: false,
      startedAt: 1,
      items: [
        {
          kind: 'url',
          input: TAOBAO,
          platform: 'taobao',
          category: 'ecommerce',
          outcomes: { private: 'direct', group: 'copy' },
        },
      ],
    },
  ],
};
const check = (
  url: string,
  change: Partial<Settings> = {},
  tab: TabReport | null = report,
  frameId: number | null = 0,
) => linkCheck(url, { ...DEFAULT_SETTINGS, ...change }, WECHAT_RULESET, AT, tab, frameId, 'en');

describe('linkCheck', () => {
  it('gives the verdict in every scope, and says the page badged it', () => {
    const result = check(TAOBAO);
    expect(result).toMatchObject({ badged: true, reason: null, hostname: 'guide.example' });
    expect(result.record.verdicts?.private?.outcome).toBe('direct');
    expect(result.record.verdicts?.group?.outcome).toBe('copy');
  });

  it('says why a link has no badge', () => {
    expect(check('https://en.wikipedia.org/wiki/Rice_cooker').reason).toBe('not-platform');
    expect(
      check(
        TAOBAO,
        { enabled: false },
        {
          ...report,
          frames: report.frames.map((frame) => ({ ...frame, active: false, items: [] })),
        },
      ).reason,
    ).toBe('off-everywhere');
    expect(check(XHS, { disabledSites: ['guide.example'] }).reason).toBe('off-site');
    expect(check(XHS, { categories: 'ecommerce' }).reason).toBe('category-hidden');
    expect(check(XHS, {}, null, null).reason).toBe('unreachable');
    expect(check(XHS, {}, report, 42).reason).toBe('unreachable');
    expect(check(XHS).reason).toBe('not-seen');
  });

  it('still gives the verdict for a link that has no badge', () => {
    const result = check(XHS, {}, null, null);
    expect(result.badged).toBe(false);
    expect(result.record.platform).toBe('xiaohongshu');
    expect(result.record.verdicts?.private?.outcome).toBeDefined();
  });
});

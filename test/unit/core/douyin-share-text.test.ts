import { describe, expect, it } from 'vitest';
import { mightHoldCode } from '../../../src/content/scan/code-text';
import { classify, classifyShareCode } from '../../../src/core/classify/classify';
import { parseIsoInstant } from '../../../src/core/policy/china-time';
import { evaluate } from '../../../src/core/policy/evaluate';
import { findDouyinShareTexts } from '../../../src/core/share-code/douyin-share-text';
import { findShareCodes } from '../../../src/core/share-code/share-code';

const at = (text: string) => {
  const parsed = parseIsoInstant(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.at;
};

/** Share texts as the Douyin app copies them, with and without their v.douyin.com link. */
const SHARE_TEXTS = [
  {
    text: '8.61 nqh:/ 06/26 复制打开抖音，看看【张三的作品】# 美食 # 家常菜 https://v.douyin.com/iRyLb8kf/',
    code: 'nqh',
    mark: '8.61 nqh:/',
  },
  {
    text: '8.61 nqh:/ 06/26 复制打开抖音，看看【张三的作品】# 美食 # 家常菜',
    code: 'nqh',
    mark: '8.61 nqh:/',
  },
  {
    text: '4.64 KWz:/ 12/14 a@A.GV 看看这个 https://v.douyin.com/afq0ekmPr9g/ 复制此链接，打开Dou音搜索，直接观看视频！',
    code: 'KWz',
    mark: '4.64 KWz:/',
  },
  {
    text: '0.02 B@t.Ls 04/08 Uyg:/ 复制打开抖音，看看【李四的作品】今天的晚霞',
    code: 'Uyg',
    mark: '0.02 B@t.Ls 04/08 Uyg:/',
  },
  {
    text: '朋友发来的：\n3.29 Zx:/ 复制打开抖音，看看【王五的作品】',
    code: 'Zx',
    mark: '3.29 Zx:/',
  },
];

describe('Douyin share texts', () => {
  it.each(SHARE_TEXTS)('finds the code of "$mark…"', ({ text, code, mark }) => {
    const found = findShareCodes(text);
    expect(found).toHaveLength(1);
    const [match] = found;
    expect(match).toMatchObject({ platform: 'douyin', code });
    expect(text.slice(match?.start, match?.end)).toBe(mark);
    expect(findDouyinShareTexts(text)).toEqual(found);
  });

  it('classifies a share text without a link as a Douyin code, with a link as the link', () => {
    const [withLink, withoutLink] = SHARE_TEXTS;
    expect(classify(withoutLink?.text ?? '')).toMatchObject({
      kind: 'code',
      platform: 'douyin',
      codes: [{ platform: 'douyin', code: 'nqh' }],
    });
    expect(classify(withLink?.text ?? '')).toMatchObject({
      kind: 'url',
      platform: 'douyin',
      url: 'https://v.douyin.com/iRyLb8kf/',
      codes: [{ platform: 'douyin', code: 'nqh' }],
    });
  });

  it('lets the Douyin code rules decide, for the text alone and for its marked code', () => {
    const text = SHARE_TEXTS[0]?.text ?? '';
    const [match] = findShareCodes(text);
    if (!match) throw new Error('no code found');
    const mark = classifyShareCode(text, match);
    const expected = [
      ['2022-06-01T12:00:00+08:00', 'douyin-code-20210917', 'copy'],
      ['2023-01-10T09:00:00+08:00', 'douyin-code-20230110', 'blocked'],
      ['2024-06-01T12:00:00+08:00', 'douyin-code-20230111', 'copy'],
    ] as const;
    for (const input of [mark, classify(SHARE_TEXTS[1]?.text ?? '')]) {
      for (const [instant, rule, outcome] of expected) {
        for (const scope of ['private', 'group']) {
          expect(evaluate(input, { app: 'wechat', scope, at: at(instant) })).toMatchObject({
            rule,
            outcome,
          });
        }
      }
    }
  });

  it('passes the content script pre-filter, which loads the engine for it', () => {
    for (const { text } of SHARE_TEXTS) expect(mightHoldCode(text)).toBe(true);
    expect(mightHoldCode('看看【张三的作品】 复制打开抖音')).toBe(false);
    expect(mightHoldCode('ratio 3:2, see https://example.com/')).toBe(false);
  });

  it('leaves alone addresses, JD codes, times and texts without a Douyin word', () => {
    for (const text of [
      'https://www.douyin.com/video/7301234567890 抖音',
      'https:/www.iesdouyin.com 抖音',
      '京口令 20:/！29KUN73nQllwi！ 抖音',
      'meet at 12:30/13:00 抖音',
      '8.61 nqh:/ 06/26 复制打开快手，看看【张三的作品】',
      'see http://a.example/x nqh:/ and more',
      '抖音 8.61 12:/ 06/26',
    ]) {
      expect(findDouyinShareTexts(text), text).toEqual([]);
    }
    // A JD code next to a Douyin word keeps its own format.
    expect(findShareCodes('京口令 20:/！29KUN73nQllwi！ 抖音')).toMatchObject([{ platform: 'jd' }]);
  });
});

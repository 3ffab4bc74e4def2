import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_SCHEMES, appPlatformOf, mayBeAppLink } from '../../../src/core/classify/app-links';
import { classify } from '../../../src/core/classify/classify';
import { platformById } from '../../../src/core/classify/host-match';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { evaluate } from '../../../src/core/policy/evaluate';
import type { Ruleset } from '../../../src/core/policy/rule';

describe('app links', () => {
  it.each([
    ['taobao://item.taobao.com/item.htm?id=1', 'taobao'],
    ['tmall://page.tm/appLink?', 'tmall'],
    ['openApp.jdMobile://virtual?params={"category":"jump","des":"productDetail"}', 'jd'],
    ['openapp.jdmobile://virtual?params=%7B%7D', 'jd'],
    ['snssdk1128://aweme/detail/123', 'douyin'],
    ['pinduoduo://com.xunmeng.pinduoduo/goods.html?goods_id=1', 'pinduoduo'],
    ['xhsdiscover://item/64f1c2', 'xiaohongshu'],
    ['kwai://profile/1', 'kuaishou'],
    ['KWAI://live/play/1', 'kuaishou'],
  ])('%s is an app link of %s', (input, platform) => {
    const result = classify(input);
    expect(result).toMatchObject({
      kind: 'app',
      platform,
      owner: platformById(platform)?.owner,
      category: platformById(platform)?.category,
      domain: null,
      via: null,
      codes: null,
    });
    const scheme = input.slice(0, input.indexOf(':'));
    expect(result.url).toBe(`${scheme.toLowerCase()}${input.slice(scheme.length)}`);
  });

  it('needs "://" and a known scheme', () => {
    for (const input of [
      'taobao:item',
      'tmall:天猫',
      'weixin://dl/chat',
      'alipays://platformapi',
    ]) {
      expect(classify(input).kind, input).toBe('none');
    }
  });

  it('gets verdict unknown from the shipped ruleset, which speaks of no app links', () => {
    for (const scope of WECHAT_RULESET.scopes) {
      const verdict = evaluate(classify('taobao://item.taobao.com/item.htm?id=1'), {
        app: WECHAT_RULESET,
        scope,
        at: Date.parse('2024-01-01T00:00:00Z'),
      });
      expect(verdict).toMatchObject({ outcome: 'unknown', rule: null });
    }
  });

  it('is decided by a rule that lists kind "app", and only by such a rule', () => {
    const ruleset: Ruleset = {
      ...WECHAT_RULESET,
      rules: [
        ...WECHAT_RULESET.rules,
        {
          id: 'app-links-test',
          platforms: ['jd'],
          kinds: ['app'],
          scopes: ['private'],
          from: null,
          until: null,
          outcome: 'copy',
          evidence: 'reported',
          sources: [WECHAT_RULESET.sources[0]?.id ?? ''],
          explanation: { en: 'test', zh_CN: '测试' },
        },
      ],
    };
    const at = Date.parse('2024-01-01T00:00:00Z');
    const app = classify('openapp.jdmobile://virtual?params=%7B%7D');
    expect(evaluate(app, { app: ruleset, scope: 'private', at }).rule).toBe('app-links-test');
    expect(evaluate(app, { app: ruleset, scope: 'group', at }).outcome).toBe('unknown');
    const web = classify('https://item.jd.com/1.html');
    expect(evaluate(web, { app: ruleset, scope: 'private', at }).rule).not.toBe('app-links-test');
  });

  it('has a source for every scheme, each scheme once, in lower case', () => {
    const schemes = APP_SCHEMES.map((entry) => entry.scheme);
    expect(new Set(schemes).size).toBe(schemes.length);
    for (const entry of APP_SCHEMES) {
      expect(entry.scheme).toBe(entry.scheme.toLowerCase());
      expect(platformById(entry.platform)).toBeDefined();
      expect(entry.sources.length).toBeGreaterThan(0);
    }
  });

  it('mayBeAppLink has no false negative against classify (property)', () => {
    const scheme = fc.constantFrom(
      ...APP_SCHEMES.map((entry) => entry.scheme),
      'weixin',
      'http',
      'alipays',
    );
    const casing = fc.array(fc.boolean(), { minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(scheme, casing, fc.string(), (name, upper, rest) => {
        const cased = [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
        const href = `${cased}://${rest}`;
        const result = classify(href);
        if (result.kind === 'app') {
          expect(mayBeAppLink(href)).toBe(true);
          expect(appPlatformOf(name)).toBe(result.platform);
        }
      }),
    );
  });
});

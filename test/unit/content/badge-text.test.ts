import { describe, expect, it } from 'vitest';
import {
  badgeLabel,
  segmentText,
  tooltipLines,
  warningWord,
} from '../../../src/content/badge-text';
import type { BadgeView, WarningView } from '../../../src/content/draw/badge-view';
import type { Verdict } from '../../../src/core/policy/verdict';
import { catalog } from '../shared/catalog';
import { makeEngine, settings, t, URLS } from './support/fixtures';

const engine = makeEngine();
const BOTH = ['private', 'group'];

/** The view a badge of `input` shows on a policy date (end of that day, China time). */
function viewOf(input: string, policyDate: string | null, locale: 'en' | 'zh_CN' = 'en') {
  const context = engine.policyContext(settings({ policyDate }));
  return engine.badgeView(engine.classify(input), context, locale);
}

function texts(view: BadgeView, scopes = BOTH, locale: 'en' | 'zh_CN' = 'en'): string[] {
  return tooltipLines(view, scopes, locale, t).map((line) => line.text);
}

function verdict(change: Partial<Verdict>): Verdict {
  return {
    scope: 'private',
    outcome: 'direct',
    rule: 'r1',
    since: null,
    until: null,
    evidence: 'reported',
    sources: [],
    explanation: null,
    beyondRecord: false,
    ...change,
  };
}

function handView(verdicts: Verdict[], change: Partial<BadgeView> = {}): BadgeView {
  return {
    platform: 'jd',
    platformName: 'JD.com',
    category: 'ecommerce',
    kind: 'url',
    via: [],
    verdicts,
    app: 'wechat',
    appName: 'WeChat',
    at: Date.parse('2024-03-01T12:00:00+08:00'),
    warning: null,
    ...change,
  };
}

describe('segmentText', () => {
  it('is the short scope name only: the symbol is drawn from the outcome', () => {
    expect(segmentText(verdict({ scope: 'private', outcome: 'direct' }), t)).toBe(
      'scopePrivateShort',
    );
    expect(segmentText(verdict({ scope: 'group', outcome: 'copy' }), t)).toBe('scopeGroupShort');
    expect(segmentText(verdict({ scope: 'group', outcome: 'warn' }), t)).toBe('scopeGroupShort');
    expect(segmentText(verdict({ scope: 'private', outcome: 'blocked' }), t)).toBe(
      'scopePrivateShort',
    );
    expect(segmentText(verdict({ scope: 'private', outcome: 'unknown' }), t)).toBe(
      'scopePrivateShort',
    );
  });

  it('names a custom scope by its id', () => {
    expect(segmentText(verdict({ scope: 'channel', outcome: 'direct' }), t)).toBe('channel');
  });
});

describe('badgeLabel', () => {
  it('names the app, the platform and each shown scope with its outcome in words', () => {
    const view = viewOf(URLS.taobao, '2021-11-29');
    expect(badgeLabel(view, BOTH, 'en', t)).toBe(
      'badgeLabelPrefix[WeChat|Taobao] scopePrivate: opens; scopeGroup: copy only',
    );
    expect(badgeLabel(view, ['group'], 'en', t)).toBe(
      'badgeLabelPrefix[WeChat|Taobao] scopeGroup: copy only',
    );
  });

  it('speaks the locale of the data', () => {
    const view = viewOf(URLS.taobao, '2021-11-29', 'zh_CN');
    expect(badgeLabel(view, BOTH, 'zh_CN', t)).toBe(
      'badgeLabelPrefix[微信|淘宝] scopePrivate: 直接打开; scopeGroup: 仅可复制',
    );
  });
});

describe('tooltipLines', () => {
  it('starts with the platform and what the link is, as a heading', () => {
    const lines = tooltipLines(viewOf(URLS.taobao, '2021-11-29'), BOTH, 'en', t);
    expect(lines[0]).toEqual({ text: 'Taobao · categoryEcommerce', heading: true });
    expect(texts(viewOf(URLS.douyinVideo, '2021-11-29'))[0]).toBe('Douyin · categoryContent');
    expect(texts(handView([verdict({})], { kind: 'code', category: 'ecommerce' }))[0]).toBe(
      'JD.com · kindCode',
    );
  });

  it('gives each shown scope its outcome symbol, words and meaning', () => {
    const lines = texts(viewOf(URLS.taobao, '2021-11-29'));
    expect(lines).toContain('scopePrivate: ✓ opens. Opens inside the chat.');
    expect(lines).toContain(
      'scopeGroup: ❐ copy only. Does not open: the reader is told to long-press, copy the address and use a browser.',
    );
  });

  it('dates each deciding rule in China time, with the strength of its evidence', () => {
    const lines = texts(viewOf(URLS.taobao, '2021-11-29'));
    // taobao-private-20211129: from 2021-11-29 20:00, open end, announced.
    expect(lines).toContain('ruleSince[29 Nov 2021, 20:00] · evidence_announced');
    // taobao-group-20211129: [2021-11-29 20:00, 2021-12-01), disputed.
    expect(lines).toContain(
      'ruleBetween[29 Nov 2021, 20:00|1 Dec 2021, 00:00] · evidence_disputed',
    );
    // A rule with no bounds at all.
    expect(texts(handView([verdict({ since: null, until: null })]))).toContain(
      'ruleAlways · evidence_reported',
    );
    const until = handView([verdict({ until: '2021-11-30T09:05:00+08:00', evidence: 'disputed' })]);
    expect(texts(until)).toContain('ruleUntil[30 Nov 2021, 09:05] · evidence_disputed');
  });

  it("includes each rule's explanation in the locale", () => {
    const view = viewOf(URLS.taobao, '2021-11-29');
    const [privateVerdict, groupVerdict] = view.verdicts;
    expect(privateVerdict?.explanation?.en).toMatch(/2021-11-29/);
    expect(texts(view)).toContain(privateVerdict?.explanation?.en);
    expect(texts(view)).toContain(groupVerdict?.explanation?.en);
    const zh = viewOf(URLS.taobao, '2021-11-29', 'zh_CN');
    expect(texts(zh, BOTH, 'zh_CN')).toContain(privateVerdict?.explanation?.zh_CN);
    expect(texts(zh, BOTH, 'zh_CN')).toContain('scopePrivate: ✓ 直接打开. 在聊天中点击即可打开。');
  });

  it('lists the titles of the sources of the shown scopes, each once', () => {
    const view = viewOf(URLS.taobao, '2021-11-29');
    const sourcesLine = texts(view).find((text) => text.startsWith('sourcesList['));
    expect(sourcesLine).toBeDefined();
    const titles = new Set(view.verdicts.flatMap((v) => v.sources.map((s) => s.title)));
    expect(titles.size).toBeGreaterThan(3);
    for (const title of titles) {
      expect(sourcesLine?.split(title).length, title).toBe(2);
    }
    const shared = { title: 'Shared report', url: 'https://example.com/r' };
    const hand = handView([
      verdict({ scope: 'private', sources: [shared, { title: 'Only private', url: 'x' }] }),
      verdict({ scope: 'group', sources: [shared] }),
    ]);
    expect(texts(hand)).toContain('sourcesList[Shared report; Only private]');
  });

  it("offers the sources' quotes on demand: one fold-out line, each quote once, with its gloss", () => {
    const view = viewOf(URLS.taobao, '2021-11-29');
    const lines = tooltipLines(view, BOTH, 'en', t);
    const fold = lines.filter((line) => line.quotes !== undefined);
    expect(fold).toHaveLength(1);
    const quotes = fold[0]?.quotes ?? [];
    const quoted = new Map(
      view.verdicts.flatMap((v) => v.sources).flatMap((s) => (s.quote ? [[s.url, s]] : [])),
    );
    expect(quotes).toHaveLength(quoted.size);
    expect(fold[0]?.text).toBe(`quotesToggle[${quoted.size}]`);
    for (const source of quoted.values()) {
      const shown = quotes.find((quote) => quote.source === source.title);
      expect(shown?.text).toBe(source.quote?.text);
      expect(shown?.lang).toBe(source.quote?.lang);
      if (source.quote?.en) expect(shown?.gloss).toBe(`quoteGloss[${source.quote.en}]`);
    }
    expect(quotes.some((quote) => quote.lang.startsWith('zh'))).toBe(true);
    // The quotes never appear as lines of their own: the tooltip stays short until asked.
    for (const quote of quotes) expect(lines.map((line) => line.text)).not.toContain(quote.text);
    const unquoted = handView([
      verdict({ sources: [{ title: 'Plain', url: 'https://a.example' }] }),
    ]);
    expect(tooltipLines(unquoted, BOTH, 'en', t).some((line) => line.quotes)).toBe(false);
  });

  it('leaves out the scopes that are not shown, with their rules and sources', () => {
    const hand = handView([
      verdict({ scope: 'private', explanation: { en: 'P says', zh_CN: 'P' }, sources: [] }),
      verdict({
        scope: 'group',
        outcome: 'copy',
        explanation: { en: 'G says', zh_CN: 'G' },
        sources: [{ title: 'Group source', url: 'x' }],
      }),
    ]);
    const lines = texts(hand, ['private']);
    expect(lines.some((line) => line.startsWith('scopeGroup'))).toBe(false);
    expect(lines).not.toContain('G says');
    expect(lines).toContain('P says');
    expect(lines.some((line) => line.startsWith('sourcesList'))).toBe(false);
  });

  it('says which wrappers the link went through', () => {
    const lines = texts(viewOf(URLS.googleTaobao, '2021-11-29'));
    expect(lines[1]).toBe('viaWrappers[Google redirect]');
    const nested = viewOf(
      `https://l.facebook.com/l.php?u=${encodeURIComponent(URLS.googleTaobao)}`,
      '2021-11-29',
    );
    expect(texts(nested)).toContain('viaWrappers[Facebook link shim › Google redirect]');
    expect(texts(viewOf(URLS.taobao, '2021-11-29')).some((l) => l.startsWith('viaWrappers'))).toBe(
      false,
    );
  });

  it('gives no rule line for an unknown outcome', () => {
    const lines = texts(viewOf(URLS.taobao, '2010-06-01'));
    expect(lines).toContain('scopePrivate: ? unknown. No recorded rule covers this link.');
    expect(lines.some((line) => line.startsWith('rule'))).toBe(false);
    expect(lines.some((line) => line.startsWith('sourcesList'))).toBe(false);
  });

  it('ends with the date it speaks of, and says when that is past the end of the record', () => {
    const within = tooltipLines(viewOf(URLS.taobao, '2021-11-29'), BOTH, 'en', t);
    expect(within.at(-1)).toEqual({ text: 'asOf[WeChat|29 Nov 2021, 23:59]', className: 'small' });
    const beyond = texts(viewOf(URLS.taobao, '2030-01-01'));
    expect(beyond.at(-1)).toBe('asOfBeyondRecord[WeChat|1 Jan 2030, 23:59]');
    // The record ends 2026-02-04: its last day is within, the next is beyond.
    expect(texts(viewOf(URLS.taobao, '2026-02-04')).at(-1)).toMatch(/^asOf\[/);
    expect(texts(viewOf(URLS.taobao, '2026-02-05')).at(-1)).toMatch(/^asOfBeyondRecord\[/);
  });
});

describe('the words of a deceptive link, in both catalogs', () => {
  const en = catalog('en');
  const zh = catalog('zh_CN');
  const warned = (href: string, text: string | null, locale: 'en' | 'zh_CN') => {
    const context = engine.policyContext(settings({ policyDate: '2021-11-29' }));
    const classification = engine.classify(href, undefined, { warnings: true });
    const mismatch = text === null ? null : engine.textMismatch(text, href);
    const warning = mismatch ? engine.mismatchWarning(mismatch) : undefined;
    return engine.badgeView(classification, context, locale, warning);
  };

  it('says what a lookalike imitates and where it really goes, Punycode decoded', () => {
    const view = warned('https://xn--tabao-sce.com/item.htm', null, 'en');
    expect(view.platform).toBe('');
    expect(view.verdicts).toEqual([]);
    expect(warningWord(view.warning as WarningView, en)).toBe('lookalike');
    expect(badgeLabel(view, BOTH, 'en', en)).toBe(
      'Warning: Lookalike of taobao.com: this link goes to xn--tabao-sce.com (ta\u03bfbao.com), not to Taobao.',
    );
    expect(tooltipLines(view, BOTH, 'en', en).map((line) => line.text)).toEqual([
      '⚠ Lookalike address',
      'Lookalike of taobao.com: this link goes to xn--tabao-sce.com (ta\u03bfbao.com), not to Taobao.',
      'One of its parts mixes Latin letters with letters of another alphabet.',
    ]);
    const zhView = warned('https://xn--tabao-sce.com/item.htm', null, 'zh_CN');
    expect(warningWord(zhView.warning as WarningView, zh)).toBe('仿冒');
    expect(badgeLabel(zhView, BOTH, 'zh_CN', zh)).toBe(
      '警告：仿冒 taobao.com：此链接实际前往 xn--tabao-sce.com (ta\u03bfbao.com)，而不是淘宝。',
    );
  });

  it('gives the reason of each kind of lookalike', () => {
    const reasonOf = (href: string) =>
      tooltipLines(warned(href, null, 'en'), BOTH, 'en', en).at(-1)?.text;
    expect(reasonOf('https://ta0bao.com/')).toBe(
      'Digits stand in for letters (0 for o, 1 for l or i).',
    );
    expect(reasonOf('https://item.taobao.com.evil.example/')).toBe(
      "The platform's address is only a part of a longer address that belongs to someone else.",
    );
    // Cyrillic ј and ԁ: the label has no Latin letter to mix with.
    expect(reasonOf('https://\u0458\u0501.com/')).toBe(
      'Some of its letters are characters of another alphabet that look like Latin letters.',
    );
    expect(reasonOf(`https://item.t${'\u0430'}obao.com/`)).toBe(
      'One of its parts mixes Latin letters with letters of another alphabet.',
    );
    expect(reasonOf('https://tobao.com/')).toBe(
      "The address is a typing mistake of the platform's name (a letter left out, doubled, swapped, added or replaced, or a hyphen added).",
    );
    expect(reasonOf('https://taobao.evil.example/')).toBe(
      "The platform's name is only the first part of an address that belongs to someone else.",
    );
    expect(reasonOf('https://taobao.com@evil.example/')).toBe(
      "The platform's address is written before an @, as a user name: the browser goes to the address after the @.",
    );
  });

  it('says where a user-info trick really goes, and why, in Chinese too', () => {
    const view = warned('https://item.taobao.com@evil.example/item.htm', null, 'zh_CN');
    expect(tooltipLines(view, BOTH, 'zh_CN', zh).map((line) => line.text)).toEqual([
      `⚠ ${zh('warningLookalikeTitle')}`,
      '仿冒 taobao.com：此链接实际前往 evil.example，而不是淘宝。',
      '平台的网址写在 @ 前面当作用户名：浏览器实际打开的是 @ 后面的网址。',
    ]);
    const typo = tooltipLines(warned('https://tmoll.com/', null, 'zh_CN'), BOTH, 'zh_CN', zh);
    expect(typo.at(-1)?.text).toBe(
      '这个网址是平台名称的错拼（少打、多打、颠倒、增加或替换了字母，或加了连字符）。',
    );
  });

  it('says what the text of a mismatched link names and where the link goes', () => {
    const view = warned('https://evil.example/x', 'item.taobao.com/item.htm?id=1', 'en');
    expect(warningWord(view.warning as WarningView, en)).toBe('mismatch');
    expect(tooltipLines(view, BOTH, 'en', en).map((line) => line.text)).toEqual([
      '⚠ Link text and address disagree',
      'The link text says item.taobao.com, but the link goes to evil.example.',
    ]);
    const zhView = warned('https://evil.example/x', 'item.taobao.com/item.htm?id=1', 'zh_CN');
    expect(badgeLabel(zhView, BOTH, 'zh_CN', zh)).toBe(
      '警告：链接文字写的是 item.taobao.com，但链接实际前往 evil.example。',
    );
  });

  it('puts the warning before the outcomes of a platform link, and after them in its name', () => {
    const view = warned('https://item.jd.com/100.html', 'https://item.taobao.com/x', 'en');
    expect(view.platform).toBe('jd');
    const lines = tooltipLines(view, BOTH, 'en', en).map((line) => line.text);
    expect(lines.slice(0, 3)).toEqual([
      '⚠ Link text and address disagree',
      'The link text says item.taobao.com, but the link goes to item.jd.com.',
      'JD.com · shopping link',
    ]);
    expect(lines.at(-1)).toMatch(/^WeChat as of 29 Nov 2021/);
    expect(badgeLabel(view, ['group'], 'en', en)).toBe(
      `WeChat check for this JD.com link: ${en('scopeGroup')}: opens Warning: The link text ` +
        'says item.taobao.com, but the link goes to item.jd.com.',
    );
  });
});

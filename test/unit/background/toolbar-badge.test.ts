import { describe, expect, it } from 'vitest';
import { toolbarState } from '../../../src/background/toolbar-badge';
import type { FrameEntry, ReportItem, TabReport } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { catalog } from '../shared/catalog';

const t = catalog('en');
const link = (priv: string, group: string): ReportItem =>
  ({
    kind: 'url',
    input: 'https://x.example/',
    platform: 'taobao',
    category: 'ecommerce',
    outcomes: { private: priv, group },
  }) as ReportItem;
const code = (outcome: string): ReportItem =>
  ({
    kind: 'code',
    input: '￥AbCdEfGhIjK￥',
    platform: 'taobao',
    category: 'ecommerce',
    outcomes: { private: outcome, group: outcome },
  }) as ReportItem;
const frame = (
  frameId: number,
  items: ReportItem[],
  hostname = 'shop.example',
  active = true,
): FrameEntry => ({
  frameId,
  url: `https://${hostname}/`,
  hostname,
  active,
  items,
  truncated: false,
  startedAt: 1,
});
const tab = (...frames: FrameEntry[]): TabReport => ({ tabId: 1, frames });
const settings = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...change });
const BOTH = ['private', 'group'];

describe('toolbarState', () => {
  const page = tab(
    frame(0, [
      link('direct', 'copy'),
      link('direct', 'direct'),
      link('warn', 'copy'),
      code('copy'),
    ]),
    frame(3, [link('copy', 'copy')], 'ads.example'),
  );

  it('counts the links (not share codes) of every frame that would not open directly', () => {
    expect(toolbarState(page, settings(), 'WeChat', BOTH, t)).toEqual({
      text: '3',
      title:
        'Chat Link Lens: 3 links on this page would not open directly in a WeChat one-to-one or group chat',
    });
  });

  it('counts for the shown scope only', () => {
    expect(toolbarState(page, settings({ scopes: 'private' }), 'WeChat', ['private'], t)).toEqual({
      text: '2',
      title:
        'Chat Link Lens: 2 links on this page would not open directly in a WeChat one-to-one chat',
    });
    expect(toolbarState(page, settings({ scopes: 'group' }), 'WeChat', ['group'], t).text).toBe(
      '3',
    );
  });

  it('shows no number when every link opens directly, and says so', () => {
    const fine = tab(frame(0, [link('direct', 'direct'), link('direct', 'direct')]));
    expect(toolbarState(fine, settings(), 'WeChat', BOTH, t)).toEqual({
      text: '',
      title:
        'Chat Link Lens: All 2 links on this page open directly in a WeChat one-to-one or group chat',
    });
  });

  it('is cleared when the site is off, or the extension is off everywhere', () => {
    expect(
      toolbarState(page, settings({ disabledSites: ['shop.example'] }), 'WeChat', BOTH, t),
    ).toEqual({
      text: '',
      title: 'Chat Link Lens is off on shop.example',
    });
    expect(toolbarState(page, settings({ enabled: false }), 'WeChat', BOTH, t)).toEqual({
      text: '',
      title: 'Chat Link Lens is off on all sites',
    });
  });

  it('leaves out frames that are off, and says nothing for a page without links', () => {
    const off = tab(frame(0, []), frame(2, [link('copy', 'copy')], 'x.example', false));
    expect(toolbarState(off, settings(), 'WeChat', BOTH, t)).toEqual({
      text: '',
      title: 'Chat Link Lens: would these links open in WeChat?',
    });
    expect(toolbarState(tab(), settings(), 'WeChat', BOTH, t)).toEqual({
      text: '',
      title: 'Chat Link Lens: would these links open in WeChat?',
    });
  });

  it('says it in Chinese too', () => {
    const zh = catalog('zh_CN');
    expect(toolbarState(page, settings(), '微信', BOTH, zh).title).toBe(
      '聊天链接透镜：本页有 3 个链接在微信的私聊或群聊中无法直接打开',
    );
  });

  it('caps the number at 999+', () => {
    const many = tab(
      frame(
        0,
        Array.from({ length: 1200 }, () => link('copy', 'copy')),
      ),
    );
    expect(toolbarState(many, settings(), 'WeChat', BOTH, t).text).toBe('999+');
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { PageSection } from '../../../src/popup/page-section';
import { pageWarnings } from '../../../src/popup/page-warnings-model';
import type { FrameEntry, ReportItem, ReportWarning } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { frameEntry } from './support/frame-entry';

/** Message lookup stand-in: the key, with its substitutions in brackets. */
const t = (key: string, substitutions?: string[]) =>
  substitutions && substitutions.length > 0 ? `${key}[${substitutions.join('|')}]` : key;

const settings = (change: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  disabledSites: [],
  customRulesets: [],
  ...change,
});

const lookalike = (host: string, imitates = 'taobao'): ReportWarning => ({
  input: `https://${host}/item.htm`,
  type: 'lookalike',
  imitates,
  host,
  platform: null,
});
const mismatch = (host: string, imitates: string, platform: string | null = null) =>
  ({ ...lookalike(host, imitates), type: 'mismatch', platform }) as ReportWarning;
const jdLink = {
  kind: 'url',
  input: 'https://item.jd.com/1.html',
  platform: 'jd',
  category: 'ecommerce',
  outcomes: { private: 'direct', group: 'direct' },
} as ReportItem;

const frame = (
  frameId: number,
  items: ReportItem[],
  warnings: ReportWarning[],
  active = true,
): FrameEntry =>
  frameEntry(frameId, items, warnings.length > 0 ? { active, warnings } : { active });

function section() {
  const make = <T extends HTMLElement>(tag: string) => document.createElement(tag) as T;
  const elements = {
    site: make('span'),
    counts: make('p'),
    notDirect: make('p'),
    table: make('div'),
    warnings: make('div'),
    warningsCount: make('p'),
    warningsList: make('ul'),
    exportCsv: make<HTMLButtonElement>('button'),
    exportJson: make<HTMLButtonElement>('button'),
  };
  const view = new PageSection(elements, 'en', t, null);
  const listed = () => [...elements.warningsList.children].map((item) => item.textContent);
  return { elements, view, listed };
}

describe('the popup lists the deceptive links of the page', () => {
  it('on a page with only deceptive links: nothing to badge, but the warnings', () => {
    const { elements, view, listed } = section();
    const report = {
      tabId: 1,
      frames: [frame(0, [], [lookalike('xn--tabao-sce.com'), mismatch('evil.example', 'jd')])],
    };
    view.update(report, settings(), WECHAT_RULESET);
    expect(elements.counts.textContent).toBe('pageNothingFound');
    expect(elements.warnings.hidden).toBe(false);
    expect(elements.warningsCount.textContent).toBe('pageWarnings[2]');
    expect(listed()).toEqual([
      'pageWarningLookalike[xn--tabao-sce.com|Taobao]',
      'pageWarningMismatch[evil.example|JD.com]',
    ]);
    expect((elements.warningsList.firstElementChild as HTMLElement).title).toBe(
      'https://xn--tabao-sce.com/item.htm',
    );
  });

  it('next to the page summary; each once, over every active frame; the rest counted', () => {
    const { elements, view, listed } = section();
    const many = Array.from({ length: 7 }, (_, i) => lookalike(`taoba${i}.example`));
    const report = {
      tabId: 1,
      frames: [
        frame(0, [jdLink], [mismatch('item.jd.com', 'taobao', 'jd'), ...many.slice(0, 4)]),
        frame(3, [], [...many]),
        frame(4, [], [lookalike('ignored.example')], false),
      ],
    };
    view.update(report, settings(), WECHAT_RULESET);
    expect(elements.counts.textContent).toBe('pageCounts[1|0]');
    expect(elements.warningsCount.textContent).toBe('pageWarnings[8]');
    expect(listed()).toHaveLength(6);
    expect(listed()[0]).toBe('pageWarningMismatch[item.jd.com|Taobao]');
    expect(listed()[5]).toBe('pageWarningsMore[3]');
    expect(listed().join()).not.toContain('ignored.example');
  });

  it('one warning reads in the singular; none, or a site switched off, shows no list', () => {
    const { elements, view } = section();
    const one = { tabId: 1, frames: [frame(0, [jdLink], [lookalike('tmall.com.evil.example')])] };
    view.update(one, settings(), WECHAT_RULESET);
    expect(elements.warningsCount.textContent).toBe('pageWarningsOne');
    view.update(one, settings({ disabledSites: ['page.example'] }), WECHAT_RULESET);
    expect(elements.warnings.hidden).toBe(true);
    view.update({ tabId: 1, frames: [frame(0, [jdLink], [])] }, settings(), WECHAT_RULESET);
    expect(elements.warnings.hidden).toBe(true);
    expect(pageWarnings([], 5)).toEqual({ count: 0, shown: [] });
  });
});

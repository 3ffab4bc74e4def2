import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type FrameReport,
  groupKey,
  inGroup,
  isAcknowledgement,
  isFrameReport,
  isReportItem,
  isReportWarning,
  MAX_INPUT_LENGTH,
  MAX_REPORT_ITEMS,
  parseBackgroundMessage,
  parseContentMessage,
  parseShowResult,
  parseTabReport,
  type ReportItem,
  type ReportWarning,
} from '../../../src/shared/messages';

const item: ReportItem = {
  kind: 'url',
  input: 'https://item.taobao.com/item.htm?id=1',
  platform: 'taobao',
  category: 'ecommerce',
  outcomes: { private: 'direct', group: 'copy' },
};
const report: FrameReport = {
  url: 'https://shop.example/',
  hostname: 'shop.example',
  active: true,
  items: [item],
  truncated: false,
  startedAt: 1_700_000_000_000,
};

describe('report items and frame reports', () => {
  it('accepts well-formed ones', () => {
    expect(isReportItem(item)).toBe(true);
    expect(isReportItem({ ...item, kind: 'code', category: null })).toBe(true);
    expect(isFrameReport(report)).toBe(true);
    expect(isFrameReport({ ...report, items: [] })).toBe(true);
  });

  it.each([
    ['an unknown kind', { ...item, kind: 'image' }],
    ['an empty input', { ...item, input: '' }],
    ['an input that is too long', { ...item, input: 'x'.repeat(MAX_INPUT_LENGTH + 1) }],
    ['a platform that is no id', { ...item, platform: 'Tao Bao' }],
    ['an unknown category', { ...item, category: 'food' }],
    ['an unknown outcome', { ...item, outcomes: { private: 'maybe' } }],
    ['a scope that is no id', { ...item, outcomes: { 'Private chat': 'direct' } }],
    ['an extra field', { ...item, extra: 1 }],
    ['a missing field', { kind: 'url', input: 'x', platform: 'jd', category: null }],
  ])('rejects an item with %s', (_, value) => {
    expect(isReportItem(value)).toBe(false);
  });

  it.each([
    ['no items array', { ...report, items: 'none' }],
    ['a bad item', { ...report, items: [item, { ...item, kind: 'x' }] }],
    ['too many items', { ...report, items: Array(MAX_REPORT_ITEMS + 1).fill(item) }],
    ['a non-boolean active', { ...report, active: 'yes' }],
    ['a negative start', { ...report, startedAt: -1 }],
    ['a non-finite start', { ...report, startedAt: Number.POSITIVE_INFINITY }],
    ['a missing url', { ...report, url: undefined }],
  ])('rejects a frame report with %s', (_, value) => {
    expect(isFrameReport(value)).toBe(false);
  });
});

describe('the deceptive links of a frame report', () => {
  const lookalike: ReportWarning = {
    input: 'https://xn--tabao-sce.com/item.htm?id=1',
    type: 'lookalike',
    imitates: 'taobao',
    host: 'xn--tabao-sce.com',
    platform: null,
  };
  const mismatch: ReportWarning = {
    input: 'https://item.jd.com/1.html',
    type: 'mismatch',
    imitates: 'taobao',
    host: 'item.jd.com',
    platform: 'jd',
  };

  it('are accepted in a `warnings` list, which may also be left out', () => {
    expect(isReportWarning(lookalike)).toBe(true);
    expect(isReportWarning(mismatch)).toBe(true);
    expect(isFrameReport({ ...report, warnings: [lookalike, mismatch] })).toBe(true);
    expect(isFrameReport(report)).toBe(true);
    const tab = { tabId: 4, frames: [{ frameId: 0, ...report, warnings: [lookalike] }] };
    expect(parseTabReport(tab)).toEqual(tab);
  });

  it.each([
    ['an unknown type', { ...lookalike, type: 'phishing' }],
    ['an empty input', { ...lookalike, input: '' }],
    ['a platform id that is no id', { ...lookalike, imitates: 'Tao Bao' }],
    ['an empty host', { ...lookalike, host: '' }],
    ['a host that is too long', { ...lookalike, host: 'a'.repeat(254) }],
    ['an own platform that is no id', { ...mismatch, platform: '' }],
    ['an extra field', { ...lookalike, reason: 'confusable' }],
    ['a missing field', { input: 'x', type: 'lookalike', imitates: 'jd', host: 'x.example' }],
  ])('are rejected with %s', (_, value) => {
    expect(isReportWarning(value)).toBe(false);
    expect(isFrameReport({ ...report, warnings: [value] })).toBe(false);
  });

  it.each([
    ['an empty list', []],
    ['no list', 'none'],
    ['too many', Array(MAX_REPORT_ITEMS + 1).fill(lookalike)],
  ])('make the frame report invalid with %s', (_, warnings) => {
    expect(isFrameReport({ ...report, warnings })).toBe(false);
  });
});

describe('messages to the background', () => {
  it.each([
    { type: 'frame-report', report },
    { type: 'frame-gone' },
    { type: 'get-tab-report', tabId: 12 },
    { type: 'check-link', url: 'https://item.jd.com/1.html', tabId: 3, frameId: 0 },
    { type: 'check-link', url: 'http://u.jd.com/x', tabId: null, frameId: null },
  ])('accepts %o', (message) => {
    expect(parseBackgroundMessage(message)).toEqual(message);
  });

  it.each([
    ['null', null],
    ['a string', 'frame-gone'],
    ['an unknown type', { type: 'get-everything' }],
    ['an inherited type name', { type: 'toString' }],
    ['a report that is not one', { type: 'frame-report', report: { ...report, items: null } }],
    ['an extra field', { type: 'frame-gone', tabId: 1 }],
    ['a negative tab id', { type: 'get-tab-report', tabId: -1 }],
    ['a fractional tab id', { type: 'get-tab-report', tabId: 1.5 }],
    [
      'a link that is not http(s)',
      { type: 'check-link', url: 'javascript:alert(1)', tabId: 1, frameId: 0 },
    ],
    ['a missing frame id', { type: 'check-link', url: 'https://a.example/', tabId: 1 }],
  ])('rejects %s', (_, message) => {
    expect(parseBackgroundMessage(message)).toBeNull();
  });
});

describe('messages to the content script', () => {
  const show = {
    type: 'show-item',
    group: { kind: 'url', platform: 'taobao', scope: 'group', outcome: 'copy' },
    ordinal: 2,
  };

  it('accepts a show-item message', () => {
    expect(parseContentMessage(show)).toEqual(show);
  });

  it.each([
    ['another type', { ...show, type: 'page-report' }],
    ['a bad group', { ...show, group: { ...show.group, outcome: 'opens' } }],
    ['a negative ordinal', { ...show, ordinal: -1 }],
    ['an extra field', { ...show, frameId: 0 }],
  ])('rejects %s', (_, message) => {
    expect(parseContentMessage(message)).toBeNull();
  });
});

describe('answers', () => {
  it('validates a tab report, frame by frame', () => {
    const tab = { tabId: 4, frames: [{ frameId: 0, ...report }] };
    expect(parseTabReport(tab)).toEqual(tab);
    expect(parseTabReport({ tabId: 4, frames: [{ ...report }] })).toBeNull();
    expect(parseTabReport({ tabId: 4, frames: [{ frameId: 0, ...report, items: 3 }] })).toBeNull();
    expect(parseTabReport(undefined)).toBeNull();
  });

  it('validates show results and acknowledgements', () => {
    expect(parseShowResult({ found: true })).toEqual({ found: true });
    expect(parseShowResult({ found: 'yes' })).toBeNull();
    expect(isAcknowledgement({ ok: true })).toBe(true);
    expect(isAcknowledgement({ ok: false })).toBe(false);
    expect(isAcknowledgement(undefined)).toBe(false);
  });
});

describe('validators on arbitrary values', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        parseBackgroundMessage(value);
        parseContentMessage(value);
        parseTabReport(value);
        parseShowResult(value);
        isFrameReport(value);
      }),
      { numRuns: 500 },
    );
  });
});

describe('item groups', () => {
  it('match items by kind, platform and the outcome in one scope', () => {
    const group = { kind: 'url', platform: 'taobao', scope: 'group', outcome: 'copy' } as const;
    expect(inGroup(item, group)).toBe(true);
    expect(inGroup(item, { ...group, scope: 'private' })).toBe(false);
    expect(inGroup({ ...item, kind: 'code' }, group)).toBe(false);
    expect(groupKey(group)).toBe('url|taobao|group|copy');
  });
});

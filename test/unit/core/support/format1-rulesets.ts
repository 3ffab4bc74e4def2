/**
 * Rulesets of format 1 (each source written inside every rule, event and note citing it, no
 * quotes): the real one, `test/fixtures/rulesets/wechat-format1.json`, which is what
 * `chat-link-lens rules --json` printed before format 2 (the WeChat ruleset of that time), and a
 * small one whose rules rest on evidence that needs no quotes, so that it upgrades to a valid
 * ruleset as it is.
 */
import { readFileSync } from 'node:fs';

export const FORMAT1_PATH = new URL(
  '../../../fixtures/rulesets/wechat-format1.json',
  import.meta.url,
).pathname;

/** The real format-1 file, parsed afresh on each call (tests may change their copy). */
export function format1Wechat(): Record<string, unknown> {
  return JSON.parse(readFileSync(FORMAT1_PATH, 'utf8'));
}

const REPORT = { title: 'A report on Old Chat', url: 'https://example.com/report' };
const NOTICE = { title: 'Old Chat notice', url: 'https://example.org/notice?id=1' };

/** A small format-1 ruleset that upgrades to a valid one (evidence inferred or disputed only). */
export function format1Clean(): Record<string, unknown> {
  return {
    format: 1,
    app: 'oldchat',
    name: { en: 'Old Chat', zh_CN: '旧聊天' },
    scopes: ['private', 'group'],
    recordEnds: '2025-01-01T00:00:00+08:00',
    rules: [
      {
        id: 'taobao-2020',
        platforms: ['taobao', 'tmall'],
        scopes: ['private', 'group'],
        from: '2020-01-01T00:00:00+08:00',
        until: null,
        outcome: 'blocked',
        evidence: 'inferred',
        sources: [{ ...REPORT }, { ...NOTICE }],
        explanation: { en: 'Taobao is blocked.', zh_CN: '淘宝被屏蔽。' },
      },
      {
        id: 'jd-2020',
        platforms: ['jd'],
        scopes: ['private'],
        from: '2020-01-01T00:00:00+08:00',
        until: null,
        outcome: 'direct',
        evidence: 'disputed',
        sources: [{ ...REPORT }],
        explanation: { en: 'JD opens, say some.', zh_CN: '有报道称京东可打开。' },
      },
    ],
    events: [
      {
        id: 'block-2020',
        at: '2020-01-01T00:00:00+08:00',
        title: { en: 'Old Chat blocks Taobao', zh_CN: '旧聊天屏蔽淘宝' },
        evidence: 'inferred',
        sources: [{ ...NOTICE }],
      },
    ],
    notes: [
      { id: 'nothing-else', text: { en: 'Nothing else.', zh_CN: '别无其他。' }, sources: [] },
    ],
  };
}

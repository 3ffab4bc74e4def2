import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { handleMessage, type MessageDeps } from '../../../src/background/message-handler';
import { PageReports } from '../../../src/background/page-reports';
import type { FrameReport } from '../../../src/shared/messages';
import { FakeSession } from './fake-session';

const BASE = 'chrome-extension://abc/';
const report: FrameReport = {
  url: 'https://shop.example/',
  hostname: 'shop.example',
  active: true,
  items: [
    {
      kind: 'url',
      input: 'https://item.jd.com/1.html',
      platform: 'jd',
      category: 'ecommerce',
      outcomes: { private: 'direct', group: 'copy' },
    },
  ],
  truncated: false,
  startedAt: 10,
};

function setUp() {
  const reports = new PageReports(new FakeSession());
  const deps: MessageDeps = {
    reports,
    extensionBase: BASE,
    extensionId: 'abc',
    tabChanged: vi.fn(async () => {}),
    openCheck: vi.fn(async () => {}),
  };
  return { reports, deps };
}
const contentScript = (tabId: number, frameId: number): Runtime.MessageSender => ({
  id: 'abc',
  tab: { id: tabId } as Runtime.MessageSender['tab'],
  frameId,
  url: 'https://shop.example/',
});
const extensionPage: Runtime.MessageSender = { id: 'abc', url: `${BASE}popup.html?tab=4` };

describe('handleMessage', () => {
  it('stores a frame report from a content script and updates that tab', async () => {
    const { reports, deps } = setUp();
    const answer = await handleMessage({ type: 'frame-report', report }, contentScript(4, 2), deps);
    expect(answer).toEqual({ ok: true });
    expect((await reports.tab(4)).frames).toEqual([{ frameId: 2, ...report }]);
    expect(deps.tabChanged).toHaveBeenCalledWith(4);
  });

  it('answers get-tab-report from an extension page, and forgets a frame that is gone', async () => {
    const { deps } = setUp();
    await handleMessage({ type: 'frame-report', report }, contentScript(4, 0), deps);
    expect(await handleMessage({ type: 'get-tab-report', tabId: 4 }, extensionPage, deps)).toEqual({
      tabId: 4,
      frames: [{ frameId: 0, ...report }],
    });
    await handleMessage({ type: 'frame-gone' }, contentScript(4, 0), deps);
    expect(await handleMessage({ type: 'get-tab-report', tabId: 4 }, extensionPage, deps)).toEqual({
      tabId: 4,
      frames: [],
    });
  });

  it('opens the link check for check-link from an extension page', async () => {
    const { deps } = setUp();
    const message = { type: 'check-link', url: 'https://item.jd.com/1.html', tabId: 4, frameId: 0 };
    expect(await handleMessage(message, extensionPage, deps)).toEqual({ ok: true });
    expect(deps.openCheck).toHaveBeenCalledWith('https://item.jd.com/1.html', 4, 0);
  });

  it('ignores malformed messages, other extensions, and messages from the wrong sender', async () => {
    const { reports, deps } = setUp();
    const refused = [
      handleMessage(
        { type: 'frame-report', report: { ...report, items: 'x' } },
        contentScript(4, 0),
        deps,
      ),
      handleMessage(
        { type: 'frame-report', report },
        { ...contentScript(4, 0), id: 'other' },
        deps,
      ),
      handleMessage({ type: 'frame-report', report }, extensionPage, deps),
      handleMessage({ type: 'get-tab-report', tabId: 4 }, contentScript(4, 0), deps),
      handleMessage(
        { type: 'check-link', url: 'https://a.example/', tabId: 1, frameId: 0 },
        contentScript(4, 0),
        deps,
      ),
      handleMessage({ type: 'page-report' }, extensionPage, deps),
    ];
    expect(refused).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(await reports.tabIds()).toEqual([]);
    expect(deps.openCheck).not.toHaveBeenCalled();
  });
});

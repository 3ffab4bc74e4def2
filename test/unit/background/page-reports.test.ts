import { describe, expect, it } from 'vitest';
import { PageReports } from '../../../src/background/page-reports';
import type { FrameReport } from '../../../src/shared/messages';
import { parseReportKey, reportKey } from '../../../src/shared/tab-report-keys';
import { FakeSession } from './fake-session';

const report = (startedAt: number, url = 'https://a.example/'): FrameReport => ({
  url,
  hostname: new URL(url).hostname,
  active: true,
  items: [],
  truncated: false,
  startedAt,
});

describe('PageReports', () => {
  it('keeps one key per frame and gives a tab top frame first', async () => {
    const session = new FakeSession();
    const reports = new PageReports(session);
    await reports.save(5, 3, report(200, 'https://a.example/frame'));
    await reports.save(5, 0, report(100));
    await reports.save(6, 0, report(100, 'https://b.example/'));
    expect([...session.data.keys()].sort()).toEqual(['report.5.0', 'report.5.3', 'report.6.0']);
    const tab = await reports.tab(5);
    expect(tab.frames.map((frame) => [frame.frameId, frame.url])).toEqual([
      [0, 'https://a.example/'],
      [3, 'https://a.example/frame'],
    ]);
    expect((await reports.tabIds()).sort()).toEqual([5, 6]);
  });

  it('answers the same after the background restarts: nothing is kept in memory', async () => {
    const session = new FakeSession();
    await new PageReports(session).save(5, 0, report(100));
    await new PageReports(session).save(5, 2, report(150));
    const restarted = new PageReports(session);
    expect((await restarted.tab(5)).frames.map((frame) => frame.frameId)).toEqual([0, 2]);
  });

  it('drops the frames of the page the tab left when a newer top document reports', async () => {
    const reports = new PageReports(new FakeSession());
    await reports.save(5, 0, report(100));
    await reports.save(5, 4, report(120));
    await reports.save(5, 0, report(500, 'https://next.example/'));
    expect((await reports.tab(5)).frames.map((frame) => frame.frameId)).toEqual([0]);
    // A late report from a frame of the old page is ignored; one of the new page is kept.
    expect(await reports.save(5, 4, report(130))).toBe(false);
    expect(await reports.save(5, 8, report(520))).toBe(true);
    expect((await reports.tab(5)).frames.map((frame) => frame.frameId)).toEqual([0, 8]);
  });

  it('forgets a frame, and a whole tab', async () => {
    const reports = new PageReports(new FakeSession());
    await reports.save(5, 0, report(100));
    await reports.save(5, 4, report(120));
    await reports.save(6, 0, report(100));
    await reports.forgetFrame(5, 4);
    expect((await reports.tab(5)).frames).toHaveLength(1);
    await reports.forgetTab(5);
    expect((await reports.tab(5)).frames).toHaveLength(0);
    expect(await reports.tabIds()).toEqual([6]);
  });

  it('checks what it reads back: a corrupt stored value is left out', async () => {
    const session = new FakeSession();
    await session.set({ 'report.5.0': { url: 1 }, 'report.5.1': report(100), other: 1 });
    expect((await new PageReports(session).tab(5)).frames.map((frame) => frame.frameId)).toEqual([
      1,
    ]);
  });

  it('names keys by tab and frame', () => {
    expect(reportKey(5, 12884901889)).toBe('report.5.12884901889');
    expect(parseReportKey('report.5.12884901889')).toEqual({ tabId: 5, frameId: 12884901889 });
    expect(parseReportKey('settings.app')).toBeNull();
  });
});

/**
 * What every frame of every tab reported, kept in storage.session: it survives the service worker
 * (Chromium) or event page (Firefox) being stopped, and is gone when the browser closes. One key
 * per frame, so that frames reporting at once never overwrite each other's writes.
 */
import {
  type FrameEntry,
  type FrameReport,
  isFrameReport,
  type TabReport,
} from '../shared/messages';
import { parseReportKey, reportKey } from '../shared/tab-report-keys';

/** The storage.session area, or a stand-in with the same shape (unit tests). */
export interface SessionArea {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export class PageReports {
  constructor(private readonly area: SessionArea) {}

  /**
   * Keeps a frame's report. A top frame's report of a newer document drops the reports of frames
   * that started before it (they belonged to the page the tab left); a subframe's report from
   * before the current top document is such a leftover, and is dropped. Returns whether it was kept.
   */
  async save(tabId: number, frameId: number, report: FrameReport): Promise<boolean> {
    const frames = (await this.tab(tabId)).frames;
    if (frameId === 0) {
      const stale = frames
        .filter((frame) => frame.frameId !== 0 && frame.startedAt < report.startedAt)
        .map((frame) => reportKey(tabId, frame.frameId));
      if (stale.length > 0) await this.area.remove(stale);
    } else {
      const top = frames.find((frame) => frame.frameId === 0);
      if (top && report.startedAt < top.startedAt) return false;
    }
    await this.area.set({ [reportKey(tabId, frameId)]: report });
    return true;
  }

  forgetFrame(tabId: number, frameId: number): Promise<void> {
    return this.area.remove(reportKey(tabId, frameId));
  }

  async forgetTab(tabId: number): Promise<void> {
    const keys = Object.keys(await this.area.get(null)).filter(
      (key) => parseReportKey(key)?.tabId === tabId,
    );
    if (keys.length > 0) await this.area.remove(keys);
  }

  /** Every frame of the tab that reported, top frame first; stored values are checked again. */
  async tab(tabId: number): Promise<TabReport> {
    const stored = await this.area.get(null);
    const frames: FrameEntry[] = [];
    for (const [key, value] of Object.entries(stored)) {
      const where = parseReportKey(key);
      if (where?.tabId === tabId && isFrameReport(value)) {
        frames.push({ frameId: where.frameId, ...value });
      }
    }
    frames.sort((a, b) => a.frameId - b.frameId);
    return { tabId, frames };
  }

  /** The tabs that have at least one report. */
  async tabIds(): Promise<number[]> {
    const ids = new Set<number>();
    for (const key of Object.keys(await this.area.get(null))) {
      const where = parseReportKey(key);
      if (where) ids.add(where.tabId);
    }
    return [...ids];
  }
}

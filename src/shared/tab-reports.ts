/**
 * A tab's report, for the extension's pages: where the background keeps each frame's report
 * (storage.session, one key per frame), how a page asks for a tab's reports, and how it hears
 * that they changed. The background keeps them (src/background/page-reports.ts); pages only ask.
 * The keys are in tab-report-keys.ts, without browser API, for the background's unit tests.
 */
import browser from 'webextension-polyfill';
import { type GetTabReportMessage, parseTabReport, type TabReport } from './messages';
import { parseReportKey, reportKey, tabReportPrefix } from './tab-report-keys';

export { parseReportKey, reportKey, tabReportPrefix };

/** What the frames of a tab reported, asked of the background; null when nothing valid came. */
export async function requestTabReport(tabId: number): Promise<TabReport | null> {
  const request: GetTabReportMessage = { type: 'get-tab-report', tabId };
  return parseTabReport(await browser.runtime.sendMessage(request));
}

/** Calls `listener` when a report of the tab changes (the background keeps them in session). */
export function onTabReportChanged(tabId: number, listener: () => void): void {
  const prefix = tabReportPrefix(tabId);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && Object.keys(changes).some((key) => key.startsWith(prefix))) {
      listener();
    }
  });
}

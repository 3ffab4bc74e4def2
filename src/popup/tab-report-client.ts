import browser from 'webextension-polyfill';
import { tabReportPrefix } from '../background/page-reports';
import { parseTabReport, type TabReport } from '../shared/messages';

/** What the frames of a tab reported, asked of the background; empty when nothing valid came. */
export async function fetchTabReport(tabId: number): Promise<TabReport> {
  const answer: unknown = await browser.runtime.sendMessage({ type: 'get-tab-report', tabId });
  return parseTabReport(answer) ?? { tabId, frames: [] };
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

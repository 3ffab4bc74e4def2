/** The storage.session keys of the tabs' reports: one key per frame, "report.<tab>.<frame>". */
const PREFIX = 'report.';
/** The start of the keys of one tab's reports. */
export const tabReportPrefix = (tabId: number) => `${PREFIX}${tabId}.`;
/** The key of one frame's report. */
export const reportKey = (tabId: number, frameId: number) => `${tabReportPrefix(tabId)}${frameId}`;

/** The tab and frame of a report key, or null for other keys. */
export function parseReportKey(key: string): { tabId: number; frameId: number } | null {
  const match = /^report\.(\d+)\.(\d+)$/.exec(key);
  return match ? { tabId: Number(match[1]), frameId: Number(match[2]) } : null;
}

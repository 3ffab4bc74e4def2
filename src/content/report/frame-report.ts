import { type FrameReport, MAX_REPORT_ITEMS, type ReportWarning } from '../../shared/messages';
import type { FrameItem } from './frame-items';

/**
 * What this frame tells the background: where it is, whether it is on, what it badged, and its
 * deceptive links (`warnings`, left out when there are none).
 */
export function frameReport(
  doc: Document,
  active: boolean,
  items: FrameItem[],
  warnings: ReportWarning[] = [],
): FrameReport {
  const report: FrameReport = {
    url: doc.location?.href.slice(0, 8192) ?? '',
    hostname: doc.location?.hostname ?? '',
    active,
    items: items.slice(0, MAX_REPORT_ITEMS).map((entry) => entry.item),
    truncated: items.length > MAX_REPORT_ITEMS || warnings.length > MAX_REPORT_ITEMS,
    startedAt: Math.floor(doc.defaultView?.performance.timeOrigin ?? Date.now()),
  };
  if (warnings.length > 0) report.warnings = warnings.slice(0, MAX_REPORT_ITEMS);
  return report;
}

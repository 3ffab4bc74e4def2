/** The page's export as JSON: what was checked, when, on which page, and every record. Pure. */
import type { ExportRow } from './export-records';

export interface ExportHeader {
  app: string;
  /** The instant evaluated, as ISO 8601 in China time. */
  asOf: string;
  /** The chosen policy date (end of that day, China time), or null for "now". */
  policyDate: string | null;
  page: string;
}

export function exportJson(header: ExportHeader, rows: readonly ExportRow[]): string {
  const items = rows.map(({ frameUrl, record }) => ({ ...record, frameUrl }));
  return `${JSON.stringify({ tool: 'Chat Link Lens', ...header, items }, null, 2)}\n`;
}

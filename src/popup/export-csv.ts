/**
 * The page's export as CSV (RFC 4180): one row per link or share code, one group of columns per
 * scope. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe. The
 * text starts with a byte order mark so that spreadsheets read it as UTF-8. Pure.
 */
import type { Source } from '../core/policy/source';
import type { ExportRow } from './export-records';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const sourcesText = (sources: readonly Source[]) =>
  sources.map((source) => `${source.title} <${source.url}>`).join(' | ');

export function exportCsv(rows: readonly ExportRow[], scopes: readonly string[]): string {
  const header = ['input', 'kind', 'platform', 'category', 'app', 'as_of', 'frame_url'];
  for (const scope of scopes) {
    header.push(
      `${scope}_outcome`,
      `${scope}_rule`,
      `${scope}_since`,
      `${scope}_until`,
      `${scope}_evidence`,
      `${scope}_sources`,
    );
  }
  const lines = [header.map(csvCell).join(',')];
  for (const { frameUrl, record } of rows) {
    const cells: (string | null | undefined)[] = [
      record.input,
      record.kind,
      record.platform,
      record.category,
      record.app,
      record.at,
      frameUrl,
    ];
    for (const scope of scopes) {
      const verdict = record.verdicts?.[scope];
      cells.push(
        verdict?.outcome,
        verdict?.rule,
        verdict?.since,
        verdict?.until,
        verdict?.evidence,
        verdict ? sourcesText(verdict.sources) : '',
      );
    }
    lines.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The rows of the page's export: every badged link and share code of every frame, as the full
 * record the command line prints (input, platform, the outcome, rule and sources in each scope),
 * evaluated with the same ruleset and instant the badges show. Pure.
 */

import { classify } from '../core/classify/classify';
import type { Locale } from '../core/localized';
import type { Ruleset } from '../core/policy/rule';
import { type CheckRecord, checkRecord } from '../core/record/check-record';
import type { FrameEntry } from '../shared/messages';

export interface ExportRow {
  /** The frame the item is in (the page itself for the top frame). */
  frameUrl: string;
  record: CheckRecord;
}

export function exportRows(
  frames: readonly FrameEntry[],
  ruleset: Ruleset,
  at: number,
  locale: Locale,
): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const frame of frames) {
    if (!frame.active) continue;
    for (const item of frame.items) {
      rows.push({
        frameUrl: frame.url,
        record: checkRecord(
          classify(item.input, undefined, { warnings: true }),
          ruleset,
          at,
          locale,
        ),
      });
    }
  }
  return rows;
}

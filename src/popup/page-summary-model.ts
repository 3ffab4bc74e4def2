/**
 * The "This page" summary as data: per platform (links and share codes apart), how many items
 * there are and, for each shown scope, how many have each outcome, with where each item is
 * (frame and position within its group there) for the "show" action. Pure.
 */
import { OUTCOMES, type Outcome } from '../core/policy/outcome';
import {
  type FrameEntry,
  groupKey,
  type ItemGroup,
  type ItemKind,
  type ReportItem,
} from '../shared/messages';

/** Where one item of a group is: its frame, and its position among that group's items there. */
export interface ItemPlace {
  frameId: number;
  ordinal: number;
}

export interface OutcomeCell {
  group: ItemGroup;
  places: ItemPlace[];
}

export interface SummaryRow {
  kind: ItemKind;
  platform: string;
  count: number;
  /** For each shown scope, its outcomes in the order of OUTCOMES (only those that occur). */
  cells: Record<string, OutcomeCell[]>;
}

export interface PageSummary {
  links: number;
  codes: number;
  rows: SummaryRow[];
  /** Some frame listed only its first items. */
  truncated: boolean;
}

const rowKey = (item: ReportItem) => `${item.kind}|${item.platform}`;

export function pageSummary(frames: readonly FrameEntry[], scopes: readonly string[]): PageSummary {
  const rows = new Map<string, SummaryRow>();
  const cells = new Map<string, OutcomeCell>();
  let links = 0;
  let codes = 0;
  for (const frame of frames) {
    if (!frame.active) continue;
    const ordinals = new Map<string, number>();
    for (const item of frame.items) {
      if (item.kind === 'url') links += 1;
      else codes += 1;
      let row = rows.get(rowKey(item));
      if (!row) {
        row = { kind: item.kind, platform: item.platform, count: 0, cells: {} };
        rows.set(rowKey(item), row);
      }
      row.count += 1;
      for (const scope of scopes) {
        const outcome = item.outcomes[scope];
        if (outcome === undefined) continue;
        const group: ItemGroup = { kind: item.kind, platform: item.platform, scope, outcome };
        const key = groupKey(group);
        const ordinal = ordinals.get(key) ?? 0;
        ordinals.set(key, ordinal + 1);
        let cell = cells.get(key);
        if (!cell) {
          cell = { group, places: [] };
          cells.set(key, cell);
          row.cells[scope] = [...(row.cells[scope] ?? []), cell];
        }
        cell.places.push({ frameId: frame.frameId, ordinal });
      }
    }
  }
  const order = (outcome: Outcome) => OUTCOMES.indexOf(outcome);
  for (const row of rows.values()) {
    for (const scope of Object.keys(row.cells)) {
      row.cells[scope]?.sort((a, b) => order(a.group.outcome) - order(b.group.outcome));
    }
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'url' ? -1 : 1) ||
      b.count - a.count ||
      a.platform.localeCompare(b.platform),
  );
  return {
    links,
    codes,
    rows: sorted,
    truncated: frames.some((frame) => frame.truncated),
  };
}

/**
 * The page's deceptive links as the popup lists them: every frame's warnings (lookalike hosts,
 * link texts naming a platform host the link does not go to), once each, in the frames' order.
 * Pure.
 */
import type { FrameEntry, ReportWarning } from '../shared/messages';

export interface PageWarnings {
  count: number;
  /** The first `limit` warnings. */
  shown: ReportWarning[];
}

export function pageWarnings(frames: readonly FrameEntry[], limit: number): PageWarnings {
  const seen = new Set<string>();
  const all: ReportWarning[] = [];
  for (const frame of frames) {
    if (!frame.active) continue;
    for (const warning of frame.warnings ?? []) {
      const key = `${warning.type}|${warning.imitates}|${warning.input}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(warning);
    }
  }
  return { count: all.length, shown: all.slice(0, limit) };
}

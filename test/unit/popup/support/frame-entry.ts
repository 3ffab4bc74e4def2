import type { FrameEntry, ReportItem } from '../../../../src/shared/messages';

/** A frame's report as the background keeps it, on page.example, with some fields changed. */
export function frameEntry(
  frameId: number,
  items: ReportItem[],
  change: Partial<FrameEntry> = {},
): FrameEntry {
  return {
    frameId,
    url: `https://page.example/${frameId}`,
    hostname: 'page.example',
    active: true,
    items,
    truncated: false,
    startedAt: 1,
    ...change,
  };
}

import type { FrameReport, ReportItem } from './messages';

/** Whether a link would not open directly in at least one of the shown scopes. */
function opensNotDirectly(item: ReportItem, scopes: readonly string[]): boolean {
  return scopes.some((scope) => {
    const outcome = item.outcomes[scope];
    return outcome !== undefined && outcome !== 'direct';
  });
}

/** The links (not share codes) of these frames that would not open directly in the scopes. */
export function countNotDirect(frames: readonly FrameReport[], scopes: readonly string[]): number {
  let count = 0;
  for (const frame of frames) {
    for (const item of frame.items) {
      if (item.kind === 'url' && opensNotDirectly(item, scopes)) count += 1;
    }
  }
  return count;
}

/** The links (not share codes) of these frames. */
export function countLinks(frames: readonly FrameReport[]): number {
  let count = 0;
  for (const frame of frames) for (const item of frame.items) if (item.kind === 'url') count += 1;
  return count;
}

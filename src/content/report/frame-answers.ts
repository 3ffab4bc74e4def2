/**
 * What this frame's content script answers: its report for the background, and the popup's
 * "show" requests (see src/shared/messages.ts).
 */
import {
  type FrameReport,
  inGroup,
  parseContentMessage,
  type ShowResult,
} from '../../shared/messages';
import { showElement } from './flash';
import type { ReportSource } from './found';
import { frameItems, frameWarnings } from './frame-items';
import { frameReport } from './frame-report';

/** This frame's report for the background. */
export function buildFrameReport(source: ReportSource, doc: Document): FrameReport {
  const links = source.links();
  return frameReport(doc, source.active, frameItems(links, source.codes()), frameWarnings(links));
}

/**
 * Answers the popup's messages to this frame; undefined for anything that is not a valid message
 * for the content script (another listener, or nobody, answers those).
 */
export function answerMessage(
  source: ReportSource,
  request: unknown,
): Promise<ShowResult> | undefined {
  const message = parseContentMessage(request);
  if (!message) return undefined;
  const matching = frameItems(source.links(), source.codes()).filter((entry) =>
    inGroup(entry.item, message.group),
  );
  const element = matching[message.ordinal]?.element;
  if (!element?.isConnected) return Promise.resolve({ found: false });
  showElement(element);
  return Promise.resolve({ found: true });
}

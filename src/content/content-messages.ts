import { showElement } from '../content-bridge/flash';
import { frameItems, frameWarnings } from '../content-bridge/frame-items';
import { frameReport } from '../content-bridge/frame-report';
import {
  type FrameReport,
  inGroup,
  parseContentMessage,
  type ShowResult,
} from '../shared/messages';
import type { ContentApp } from './content-app';

/** This frame's report for the background (see src/shared/messages.ts). */
export function buildFrameReport(app: ContentApp, doc: Document): FrameReport {
  const badged = app.linkBadger()?.badged() ?? [];
  return frameReport(doc, app.active, frameItems(app, badged), frameWarnings(app, badged));
}

/**
 * Answers the popup's messages to this frame; undefined for anything that is not a valid message
 * for the content script (another listener, or nobody, answers those).
 */
export function answerMessage(app: ContentApp, request: unknown): Promise<ShowResult> | undefined {
  const message = parseContentMessage(request);
  if (!message) return undefined;
  const matching = frameItems(app).filter((entry) => inGroup(entry.item, message.group));
  const element = matching[message.ordinal]?.element;
  if (!element?.isConnected) return Promise.resolve({ found: false });
  showElement(element);
  return Promise.resolve({ found: true });
}

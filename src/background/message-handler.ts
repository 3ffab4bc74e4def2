/**
 * Answers the messages the background receives. Each is validated (src/shared/messages.ts) and
 * checked against its sender: reports only from content scripts in a tab, requests only from the
 * extension's own pages. Anything else gets no answer.
 */
import type { Runtime } from 'webextension-polyfill';
import { type Acknowledgement, parseBackgroundMessage, type TabReport } from '../shared/messages';
import type { PageReports } from './page-reports';

export interface MessageDeps {
  reports: PageReports;
  /** The extension's own origin with a trailing slash, e.g. "chrome-extension://id/". */
  extensionBase: string;
  extensionId: string;
  /** The toolbar of a tab must be brought up to date. */
  tabChanged(tabId: number): Promise<void>;
  openCheck(url: string, tabId: number | null, frameId: number | null): Promise<void>;
}

type Answer = Acknowledgement | TabReport;

function fromContentScript(sender: Runtime.MessageSender) {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (typeof tabId !== 'number' || tabId < 0 || typeof frameId !== 'number') return null;
  return { tabId, frameId };
}

const fromExtensionPage = (sender: Runtime.MessageSender, deps: MessageDeps) =>
  (sender.url ?? '').startsWith(deps.extensionBase);

export function handleMessage(
  request: unknown,
  sender: Runtime.MessageSender,
  deps: MessageDeps,
): Promise<Answer> | undefined {
  if (sender.id !== deps.extensionId) return undefined;
  const message = parseBackgroundMessage(request);
  if (!message) return undefined;
  switch (message.type) {
    case 'frame-report': {
      const where = fromContentScript(sender);
      if (!where || fromExtensionPage(sender, deps)) return undefined;
      return deps.reports
        .save(where.tabId, where.frameId, message.report)
        .then(() => deps.tabChanged(where.tabId))
        .then(() => ({ ok: true }));
    }
    case 'frame-gone': {
      const where = fromContentScript(sender);
      if (!where || fromExtensionPage(sender, deps)) return undefined;
      return deps.reports
        .forgetFrame(where.tabId, where.frameId)
        .then(() => deps.tabChanged(where.tabId))
        .then(() => ({ ok: true }));
    }
    case 'get-tab-report':
      if (!fromExtensionPage(sender, deps)) return undefined;
      return deps.reports.tab(message.tabId);
    case 'check-link':
      if (!fromExtensionPage(sender, deps)) return undefined;
      return deps.openCheck(message.url, message.tabId, message.frameId).then(() => ({ ok: true }));
  }
}

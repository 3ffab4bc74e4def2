import type { ContentApp } from './content-app';

/** Answers the popup's questions about this document; undefined for messages that are not ours. */
export function answerMessage(app: ContentApp, request: unknown): Promise<unknown> | undefined {
  if (typeof request !== 'object' || request === null) return undefined;
  const type = (request as { type?: unknown }).type;
  if (type === 'page-report') {
    return Promise.resolve({ links: app.linkBadger()?.report() ?? [], active: app.active });
  }
  return undefined;
}

/**
 * The name under which the content script's loader, while it waits for its page's load, leaves
 * its start function on the global object of the extension's own world in that frame (content
 * scripts run in a world of their own: the page never sees it). In a tab whose load has not come
 * after a while, the background calls it in every frame (background/stalled-load.ts).
 */
export const CONTENT_START = 'chatLinkLensStart';

/** A frame's start, as the background runs it there (serialised: it refers to nothing outside). */
export function startContent(name: string): boolean {
  const start = (globalThis as Record<string, unknown>)[name];
  if (typeof start !== 'function') return false;
  start();
  return true;
}

/**
 * Starts the content script in a tab whose page has not finished loading a while after it began.
 * The loader in each frame waits for its page's load (content/loader.ts) and sets no timer of its
 * own: the first timer in a page's content-script world cost the page about 0.25 ms of main-thread
 * time before its load, an eighth of what a whole one-line script costs. A page whose load never
 * comes (an image or a frame that never finishes) would then never be badged: the background
 * keeps that timer instead, per tab, and when it runs out before the tab has loaded, calls the
 * start function each waiting loader left in its world. Frames that have started already ignore
 * the call; pages the extension may not script (the browser's own) refuse it, which is nothing to
 * report.
 */
import { CONTENT_START, startContent } from '../shared/content-start';

/** How long a tab may load before its frames are started anyway. */
export const STALLED_LOAD_MS = 5000;

interface TabChange {
  status?: string;
}

interface InjectionTarget {
  tabId: number;
  allFrames: boolean;
}

export interface StalledLoadApi {
  tabs: {
    onUpdated: { addListener(listener: (tabId: number, change: TabChange) => void): void };
    onRemoved: { addListener(listener: (tabId: number) => void): void };
  };
  scripting: {
    executeScript(injection: {
      target: InjectionTarget;
      func: (name: string) => boolean;
      args: [string];
    }): Promise<unknown>;
  };
}

/** Watches every tab's loading; returns how many tabs are waiting (for tests). */
export function watchStalledLoads(api: StalledLoadApi, waitMs = STALLED_LOAD_MS): () => number {
  const waiting = new Map<number, ReturnType<typeof setTimeout>>();
  const forget = (tabId: number) => {
    clearTimeout(waiting.get(tabId));
    waiting.delete(tabId);
  };
  const startFrames = (tabId: number) => {
    waiting.delete(tabId);
    api.scripting
      .executeScript({
        target: { tabId, allFrames: true },
        func: startContent,
        args: [CONTENT_START],
      })
      .catch(() => {
        // A page the extension may not script, or a tab gone meanwhile.
      });
  };
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      forget(tabId);
      waiting.set(
        tabId,
        setTimeout(() => startFrames(tabId), waitMs),
      );
    } else if (change.status === 'complete') {
      forget(tabId);
    }
  });
  api.tabs.onRemoved.addListener(forget);
  return () => waiting.size;
}

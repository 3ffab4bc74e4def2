import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type StalledLoadApi, watchStalledLoads } from '../../../src/background/stalled-load';
import { CONTENT_START, startContent } from '../../../src/shared/content-start';

function fakeApi(refuse = false) {
  let updated: (tabId: number, change: { status?: string }) => void = () => {};
  let removed: (tabId: number) => void = () => {};
  const injected: unknown[] = [];
  const api: StalledLoadApi = {
    tabs: {
      onUpdated: {
        addListener: (listener) => {
          updated = listener;
        },
      },
      onRemoved: {
        addListener: (listener) => {
          removed = listener;
        },
      },
    },
    scripting: {
      executeScript: async (injection) => {
        injected.push(injection);
        if (refuse) throw new Error('Cannot access contents of the page');
        return [];
      },
    },
  };
  return {
    api,
    injected,
    update: (tabId: number, status?: string) => updated(tabId, status ? { status } : {}),
    remove: (tabId: number) => removed(tabId),
  };
}

describe('starting the content script in a tab whose load has stalled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts every frame of a tab still loading after five seconds', () => {
    const fake = fakeApi();
    const waiting = watchStalledLoads(fake.api);
    fake.update(3, 'loading');
    fake.update(3); // a title or favicon change: still loading
    vi.advanceTimersByTime(4_999);
    expect(fake.injected).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fake.injected).toEqual([
      { target: { tabId: 3, allFrames: true }, func: startContent, args: [CONTENT_START] },
    ]);
    expect(waiting()).toBe(0);
  });

  it('leaves alone a tab that loaded in time, or was closed', () => {
    const fake = fakeApi();
    const waiting = watchStalledLoads(fake.api);
    fake.update(1, 'loading');
    fake.update(2, 'loading');
    expect(waiting()).toBe(2);
    vi.advanceTimersByTime(3_000);
    fake.update(1, 'complete');
    fake.remove(2);
    vi.advanceTimersByTime(10_000);
    expect(fake.injected).toEqual([]);
    expect(waiting()).toBe(0);
  });

  it('counts the five seconds from the latest navigation of the tab', () => {
    const fake = fakeApi();
    watchStalledLoads(fake.api);
    fake.update(4, 'loading');
    vi.advanceTimersByTime(4_000);
    fake.update(4, 'loading');
    vi.advanceTimersByTime(4_000);
    expect(fake.injected).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(fake.injected).toHaveLength(1);
  });

  it('takes a page it may not script (the browser own pages) quietly', async () => {
    const fake = fakeApi(true);
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      watchStalledLoads(fake.api);
      fake.update(5, 'loading');
      await vi.advanceTimersByTimeAsync(5_000);
      expect(fake.injected).toHaveLength(1);
      vi.useRealTimers();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});

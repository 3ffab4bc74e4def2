import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlicedQueue } from '../../../src/content/scan/sliced-queue';

/** A queue whose callbacks are recorded, with a promise for the next drain. */
function recordedQueue<T>(run: (item: T, queue: SlicedQueue<T>) => void, sliceMs = 12) {
  const log = {
    ran: [] as T[],
    slices: [] as { drained: boolean; ranSoFar: number }[],
    errors: [] as unknown[],
    drains: 0,
  };
  let resolveDrain: () => void = () => {};
  let drained = new Promise<void>((resolve) => {
    resolveDrain = resolve;
  });
  const queue: SlicedQueue<T> = new SlicedQueue<T>(
    (item) => {
      log.ran.push(item);
      run(item, queue);
    },
    () => {
      log.drains += 1;
      resolveDrain();
      drained = new Promise<void>((resolve) => {
        resolveDrain = resolve;
      });
    },
    (error) => log.errors.push(error),
    (isDrained) => log.slices.push({ drained: isDrained, ranSoFar: log.ran.length }),
    () => sliceMs,
  );
  return { queue, log, drained: () => drained };
}

/** Lets the event loop run a few turns (message-channel slices, timers). */
function turns(n = 5): Promise<void> {
  let chain = Promise.resolve();
  for (let i = 0; i < n; i++) chain = chain.then(() => new Promise((r) => setTimeout(r, 0)));
  return chain;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/**
 * A queue on a fake clock: each item costs `cost(item)` ms. Records the items run and the size of
 * each slice (`sliced` sees the sizes so far at the end of each).
 */
function clockedQueue(
  cost: (item: number) => number,
  budget: () => number,
  frameMs?: number,
  sliced: (sizes: number[]) => void = () => {},
) {
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const ran: number[] = [];
  const sizes: number[] = [];
  let drains = 0;
  const queue = new SlicedQueue<number>(
    (item) => {
      clock += cost(item);
      ran.push(item);
    },
    () => {
      drains += 1;
    },
    () => {},
    () => {
      sizes.push(ran.length - sizes.reduce((sum, size) => sum + size, 0));
      sliced(sizes);
    },
    budget,
    frameMs,
  );
  return { queue, ran, sizes, drains: () => drains };
}

describe('SlicedQueue, unbatched (first pass)', () => {
  it('runs every item once, in order, later and not during push, then drains once', async () => {
    const { queue, log, drained } = recordedQueue<number>(() => {});
    const done = drained();
    queue.push([1, 2, 3], false);
    expect(log.ran).toEqual([]);
    expect(queue.pending).toBe(3);
    await done;
    expect(log.ran).toEqual([1, 2, 3]);
    expect(log.drains).toBe(1);
    expect(log.slices).toEqual([{ drained: true, ranSoFar: 3 }]);
    expect(queue.pending).toBe(0);
    await turns();
    expect(log.drains).toBe(1);
  });

  it('splits a long queue into slices of about its time budget, each its own task', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const budget = 5;
    const events: string[] = [];
    const ran: number[] = [];
    const slices: { drained: boolean; ranSoFar: number }[] = [];
    let drains = 0;
    const queue = new SlicedQueue<number>(
      (item) => {
        clock += 1; // every item costs 1 ms of (fake) time
        ran.push(item);
        events.push('item');
      },
      () => {
        drains += 1;
      },
      () => {},
      (drained) => {
        slices.push({ drained, ranSoFar: ran.length });
        events.push('slice-end');
        // Runs before the next slice only if that slice is a task of its own.
        queueMicrotask(() => events.push('microtask'));
      },
      () => budget,
    );
    const items = Array.from({ length: 100 }, (_, i) => i);
    queue.push(items, false);
    await vi.waitFor(() => expect(drains).toBe(1), { timeout: 5000 });

    expect(ran).toEqual(items);
    expect(slices.length).toBeGreaterThanOrEqual(3);
    expect(slices.slice(0, -1).every((slice) => !slice.drained)).toBe(true);
    expect(slices.at(-1)).toEqual({ drained: true, ranSoFar: 100 });
    const sizes = slices.map((slice, i) => slice.ranSoFar - (slices[i - 1]?.ranSoFar ?? 0));
    for (const size of sizes.slice(0, -1)) {
      // A slice stops once past its budget (5 ms = 5 items), looking at the clock now and then.
      expect(size).toBeGreaterThanOrEqual(budget);
      expect(size).toBeLessThanOrEqual(4 * budget);
    }
    // Between two slices the event loop turned: the microtask ran before the next item.
    const text = events.join(' ');
    expect(text).not.toContain('slice-end item');
    expect(text.split('slice-end microtask item').length - 1).toBe(slices.length - 1);
    await turns();
    expect(drains).toBe(1);
  });

  it('reads its budget at every look at the clock (short while the engine is being imported)', async () => {
    // The import starts in the middle of the first slice (item 6): that slice ends at once; the
    // import is done after the second slice.
    let budget = 20;
    const startsImport = 6;
    const { queue, ran, sizes, drains } = clockedQueue(
      (item) => {
        if (item === startsImport) budget = 4;
        return 1;
      },
      () => budget,
      undefined,
      (done) => {
        if (done.length === 2) budget = 20;
      },
    );
    queue.push(
      Array.from({ length: 100 }, (_, i) => i),
      false,
    );
    await vi.waitFor(() => expect(drains()).toBe(1), { timeout: 5000 });
    // The clock is read after every item: the slice ends right after the one that started it.
    expect(sizes.slice(0, 2)).toEqual([7, 5]);
    expect(ran.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const size of sizes.slice(2, -1)) expect(size).toBe(21);
  });

  it('ends a slice right after one big item (the read of a huge page), the next item in a task of its own', async () => {
    const { queue, sizes, drains } = clockedQueue(
      (item) => (item === 1 ? 70 : 0.1),
      () => 30,
    );
    queue.push([0, 1, 2, 3], false);
    await vi.waitFor(() => expect(drains()).toBe(1), { timeout: 5000 });
    expect(sizes).toEqual([2, 2]);
  });

  it('reports a throwing item to onError and runs the rest', async () => {
    const boom = new Error('hostile node');
    const { queue, log, drained } = recordedQueue<string>((item) => {
      if (item === 'bad') throw boom;
    });
    const done = drained();
    queue.push(['a', 'bad', 'b', 'bad', 'c'], false);
    await done;
    expect(log.ran).toEqual(['a', 'bad', 'b', 'bad', 'c']);
    expect(log.errors).toEqual([boom, boom]);
    expect(log.drains).toBe(1);
  });

  it('reports a throwing afterSlice to onError and still drains', async () => {
    const errors: unknown[] = [];
    let drains = 0;
    const queue = new SlicedQueue<number>(
      () => {},
      () => {
        drains += 1;
      },
      (error) => errors.push(error),
      () => {
        throw new Error('afterSlice');
      },
    );
    queue.push([1], false);
    await vi.waitFor(() => expect(drains).toBe(1), { timeout: 5000 });
    expect(errors).toEqual([new Error('afterSlice')]);
  });

  it('processes items pushed while a slice runs', async () => {
    const { queue, log } = recordedQueue<string>((item, q) => {
      if (item === 'a') q.push(['a1', 'a2'], false);
      if (item === 'b') q.push(['b1'], true);
    });
    queue.push(['a', 'b'], false);
    await vi.waitFor(() => expect(log.ran).toHaveLength(5), { timeout: 5000 });
    expect(log.ran).toEqual(['a', 'b', 'a1', 'a2', 'b1']);
    expect(log.slices.at(-1)?.drained).toBe(true);
    expect(queue.pending).toBe(0);
  });

  it('starts a new round after draining, with a drain of its own', async () => {
    const { queue, log, drained } = recordedQueue<number>(() => {});
    let done = drained();
    queue.push([1], false);
    await done;
    done = drained();
    queue.push([2, 3], false);
    await done;
    expect(log.ran).toEqual([1, 2, 3]);
    expect(log.drains).toBe(2);
  });
});

describe('SlicedQueue, batched (page changes)', () => {
  let frames: FrameRequestCallback[];

  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });

  it('waits for the next animation frame and gathers what arrives before it', () => {
    const { queue, log } = recordedQueue<number>(() => {});
    queue.push([1]);
    queue.push([2, 3]);
    expect(log.ran).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]?.(0);
    expect(log.ran).toEqual([1, 2, 3]);
    expect(log.slices).toEqual([{ drained: true, ranSoFar: 3 }]);
    expect(log.drains).toBe(1);
    // The fallback timer fires later and finds the work done: no second slice.
    vi.advanceTimersByTime(200);
    expect(log.slices).toHaveLength(1);
    expect(log.drains).toBe(1);
  });

  it('still runs within 100 ms when no animation frame comes (background tab)', () => {
    const { queue, log } = recordedQueue<number>(() => {});
    queue.push([1, 2]);
    vi.advanceTimersByTime(99);
    expect(log.ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log.ran).toEqual([1, 2]);
    expect(log.drains).toBe(1);
    // The late animation frame does nothing more.
    frames[0]?.(0);
    expect(log.slices).toHaveLength(1);
    expect(log.drains).toBe(1);
  });

  it('keeps a slice inside an animation frame shorter than the slices of their own after it', async () => {
    // Every item costs 1 ms of (fake) time.
    const { queue, ran, sizes, drains } = clockedQueue(
      () => 1,
      () => 20,
      5,
    );
    queue.push(Array.from({ length: 100 }, (_, i) => i));
    frames[0]?.(0);
    // In the frame: past 5 ms, seen at once (the clock is read after every item).
    expect(sizes).toEqual([6]);
    await vi.waitFor(() => expect(drains()).toBe(1), { timeout: 5000 });
    expect(ran).toHaveLength(100);
    // Then tasks of their own, each about 20 ms long.
    for (const size of sizes.slice(1, -1)) {
      expect(size).toBeGreaterThanOrEqual(20);
      expect(size).toBeLessThanOrEqual(24);
    }
    expect(sizes.length).toBeGreaterThanOrEqual(4);
  });

  it('asks for a new frame for changes after a drain', () => {
    const { queue, log } = recordedQueue<number>(() => {});
    queue.push([1]);
    frames[0]?.(0);
    queue.push([2]);
    expect(frames).toHaveLength(2);
    expect(log.ran).toEqual([1]);
    frames[1]?.(0);
    expect(log.ran).toEqual([1, 2]);
    expect(log.drains).toBe(2);
  });
});

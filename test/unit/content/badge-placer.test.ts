import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BadgeFactory } from '../../../src/content/draw/badge-factory';
import { BadgePlacer } from '../../../src/content/place/badge-placer';
import type { LinkBadger } from '../../../src/content/place/link-badger';
import type { PageWatcher } from '../../../src/content/scan/page-watcher';

function setup(huge = false) {
  const quietly = vi.fn((change: () => void) => change());
  const badger = { unplacedCount: 0, placeAll: vi.fn() };
  const factory = { watchNew: vi.fn() };
  const placer = new BadgePlacer({ quietly } as unknown as PageWatcher, () => huge);
  const slice = (drained: boolean) =>
    placer.afterSlice(drained, badger as unknown as LinkBadger, factory as unknown as BadgeFactory);
  return { quietly, badger, factory, slice };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('BadgePlacer', () => {
  it('puts the badges in when the queue is empty, unobserved, and starts watching them right after', () => {
    vi.useFakeTimers();
    const { quietly, badger, factory, slice } = setup();
    badger.unplacedCount = 3;
    slice(true);
    expect(quietly).toHaveBeenCalledTimes(1);
    expect(badger.placeAll).toHaveBeenCalledTimes(1);
    // In a task of its own: the pass ends without waiting for it.
    expect(factory.watchNew).not.toHaveBeenCalled();
    slice(true);
    vi.advanceTimersByTime(0);
    expect(factory.watchNew).toHaveBeenCalledTimes(1);
  });

  it('waits during a pass until a batch has gathered: 2,000, or 5,000 on a huge page', () => {
    for (const [huge, batch] of [
      [false, 2000],
      [true, 5000],
    ] as const) {
      const { badger, slice } = setup(huge);
      badger.unplacedCount = batch - 1;
      slice(false);
      expect(badger.placeAll).not.toHaveBeenCalled();
      badger.unplacedCount = batch;
      slice(false);
      expect(badger.placeAll).toHaveBeenCalledTimes(1);
    }
  });

  it('starts watching new badges now and then during a long pass, not after every slice', () => {
    vi.useFakeTimers();
    const { factory, slice } = setup();
    vi.advanceTimersByTime(301);
    slice(false);
    expect(factory.watchNew).toHaveBeenCalledTimes(1);
    slice(false);
    expect(factory.watchNew).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(301);
    slice(false);
    expect(factory.watchNew).toHaveBeenCalledTimes(2);
  });

  it('has nothing to place or watch before the engine is here', () => {
    const quietly = vi.fn();
    const placer = new BadgePlacer({ quietly } as unknown as PageWatcher, () => false);
    placer.afterSlice(true, null, null);
    expect(quietly).not.toHaveBeenCalled();
  });
});

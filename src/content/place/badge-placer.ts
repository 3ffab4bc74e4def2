import type { BadgeFactory } from '../draw/badge-factory';
import type { PageWatcher } from '../scan/page-watcher';
import type { LinkBadger } from './link-badger';

/** Badges waiting to go in are placed once this many have gathered (or the queue is empty). */
const PLACE_BATCH = 2000;
const HUGE_PLACE_BATCH = 5000;
/** During a long pass, new badges start being watched for the viewport this often. */
const WATCH_EVERY_MS = 300;

/**
 * When link badges go into the page, and when new badges start being watched for the viewport:
 * the batching policy, in one place. It runs after every slice of the work queue.
 */
export class BadgePlacer {
  private lastWatch = 0;
  /** Watching the badges of a pass that just ended is scheduled. */
  private watchDue = false;

  constructor(
    private readonly watcher: PageWatcher,
    /** Whether the page is huge (each of its layouts is slow): see PageScanner. */
    private readonly isHuge: () => boolean,
  ) {}

  /** After a slice of work; `drained`: the queue is empty (the pass is over, or waits). */
  afterSlice(drained: boolean, badger: LinkBadger | null, factory: BadgeFactory | null): void {
    // Badges go into the page in batches: each batch costs the page one layout, and a bounded
    // batch keeps that layout short on a huge page. On a huge page each layout costs about the
    // same however few badges went in: fewer, bigger batches.
    const batch = this.isHuge() ? HUGE_PLACE_BATCH : PLACE_BATCH;
    if (badger && (drained || badger.unplacedCount >= batch)) {
      this.watcher.quietly(() => badger.placeAll());
    }
    const now = performance.now();
    if (!factory) return;
    if (drained) {
      // The badges just placed are watched in a task of their own right after: watching makes
      // the viewport observer look at each, which the pass (badges in, with their names and the
      // links' contract) need not wait for; a badge on screen is drawn in the next frame either way.
      this.lastWatch = now;
      if (!this.watchDue) {
        this.watchDue = true;
        setTimeout(() => {
          this.watchDue = false;
          factory.watchNew();
        }, 0);
      }
    } else if (now - this.lastWatch > WATCH_EVERY_MS) {
      this.lastWatch = now;
      factory.watchNew();
    }
  }
}

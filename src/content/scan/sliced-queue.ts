/**
 * A work queue that runs in short slices, so badging a huge page never blocks the main thread for
 * long. Work from mutations waits for the next animation frame (batching what arrives together);
 * the first pass and later slices follow at once through a message channel (no timer clamping).
 *
 * A slice in an animation frame is kept shorter than one of its own: the frame's rendering runs in
 * the same task after it. A slice of its own may take longer, still well short of a long task
 * (50 ms): every slice ends in a chance for the page to render a frame, and a frame of a big page
 * costs its rendering work again (the extension's pass over it gets longer by as much) while input
 * waits no longer than it would for the page's own tasks.
 */
export class SlicedQueue<T> {
  private items: T[] = [];
  private index = 0;
  private scheduled = false;
  private readonly channel = new MessageChannel();

  constructor(
    private readonly run: (item: T) => void,
    private readonly onDrain: () => void,
    private readonly onError: (error: unknown) => void = () => {},
    /** Called at the end of every slice, with whether the queue is now empty. */
    private readonly afterSlice: (drained: boolean) => void = () => {},
    /**
     * The budget of a slice of its own (ms): a function, read at every look at the clock, so that
     * the owner may vary it (a slice shortens at once when the engine's import starts).
     */
    private readonly sliceMs: () => number = () => 30,
    private readonly frameSliceMs = 12,
  ) {
    this.channel.port1.onmessage = () => this.slice(this.sliceMs);
  }

  /** Queues items; `batch` waits for the next animation frame, to gather a burst of changes. */
  push(items: Iterable<T>, batch = true): void {
    for (const item of items) this.items.push(item);
    this.schedule(batch);
  }

  get pending(): number {
    return this.items.length - this.index;
  }

  private schedule(batch: boolean): void {
    if (this.scheduled) return;
    this.scheduled = true;
    if (!batch) {
      this.channel.port2.postMessage(0);
      return;
    }
    let fired = false;
    const fire = () => {
      if (fired) return;
      fired = true;
      this.slice(() => this.frameSliceMs);
    };
    // Animation frames do not run in background tabs: a timer makes sure the work still happens.
    requestAnimationFrame(fire);
    setTimeout(fire, 100);
  }

  private slice(budget: () => number): void {
    this.scheduled = false;
    // A slice scheduled by a push that an earlier slice already took care of: nothing to do.
    if (this.index >= this.items.length) return;
    const start = performance.now();
    const items = this.items;
    while (this.index < items.length) {
      const item = items[this.index++] as T;
      try {
        this.run(item);
      } catch (error) {
        // One bad item (a hostile node) never stops the rest.
        this.onError(error);
      }
      // After every item: one item may be a big one (the read of a huge page's whole text).
      if (performance.now() > start + budget()) break;
    }
    const drained = this.index >= items.length;
    try {
      this.afterSlice(drained);
    } catch (error) {
      this.onError(error);
    }
    if (!drained) {
      this.schedule(false);
      return;
    }
    this.items = [];
    this.index = 0;
    this.onDrain();
  }
}

/**
 * A work queue that runs in short slices, so badging a huge page never blocks the main thread for
 * long: the first slice waits for the next animation frame (batching mutations that arrive
 * together), later slices follow through a message channel (no timer clamping).
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
    private readonly sliceMs = 8,
  ) {
    this.channel.port1.onmessage = () => this.slice();
  }

  push(items: Iterable<T>): void {
    for (const item of items) this.items.push(item);
    this.schedule(true);
  }

  get pending(): number {
    return this.items.length - this.index;
  }

  /** Runs everything now, without slicing (for tests and for the first pass of a tiny page). */
  drain(): void {
    this.slice(Number.POSITIVE_INFINITY);
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
      this.slice();
    };
    // Animation frames do not run in background tabs: a timer makes sure the work still happens.
    requestAnimationFrame(fire);
    setTimeout(fire, 100);
  }

  private slice(budget = this.sliceMs): void {
    this.scheduled = false;
    const deadline = performance.now() + budget;
    const items = this.items;
    while (this.index < items.length) {
      const item = items[this.index++] as T;
      try {
        this.run(item);
      } catch (error) {
        // One bad item (a hostile node) never stops the rest.
        this.onError(error);
      }
      if ((this.index & 31) === 0 && performance.now() > deadline) break;
    }
    if (this.index < items.length) {
      this.schedule(false);
      return;
    }
    this.items = [];
    this.index = 0;
    this.onDrain();
  }
}

/**
 * Tells tests, the benchmark and the frame report that a pass over the page is complete:
 * <html data-cll-passes="N">, and a User Timing mark.
 */
export class PassSignal {
  private passes = 0;

  constructor(private readonly doc: Document) {}

  signal(): void {
    this.passes += 1;
    mark('cll:pass');
    this.doc.documentElement?.setAttribute('data-cll-passes', String(this.passes));
  }
}

/** A User Timing mark (for the benchmark and profilers); only the latest of each name is kept. */
export function mark(name: string): void {
  performance.clearMarks?.(name);
  performance.mark?.(name);
}

import type { Engine } from './engine-loader';
import { mark } from './pass-signal';
import type { Job } from './scan/stepped-jobs';

const ENGINE_ATTEMPTS = 3;
const ENGINE_RETRY_MS = 1000;

/**
 * The engine (engine.js) is imported only when something on the page could match. Work that
 * needs it waits here; the first such work starts the import, and a failed import (an extension
 * being updated, a busy browser) is retried. Once loaded, the engine stays for the page's life.
 */
export class EngineGate {
  private engine: Engine | null = null;
  private wanted = false;
  /** Every attempt to import the engine failed. */
  private gaveUp = false;
  private waiting: Job[] = [];

  constructor(
    private readonly source: () => Promise<Engine>,
    /** Called once the engine is here. */
    private readonly loaded: (engine: Engine) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** The engine, once loaded. */
  get ready(): Engine | null {
    return this.engine;
  }

  /** Whether the engine's import has been started (it may have finished). */
  get requested(): boolean {
    return this.wanted;
  }

  /** Whether the import has been started and is still under way (not loaded, not given up). */
  get importing(): boolean {
    return this.wanted && this.engine === null && !this.gaveUp;
  }

  /** Whether work waits for the engine (a pass is not over while it does). */
  get busy(): boolean {
    return this.waiting.length > 0;
  }

  /** Keeps `job` until the engine is here, and starts importing it on first need. */
  wait(job: Job): void {
    this.waiting.push(job);
    this.want();
  }

  /**
   * Starts importing the engine now, ahead of the work that will need it (the import takes a
   * while, and the page can be read meanwhile).
   */
  want(): void {
    if (this.wanted) return;
    this.wanted = true;
    this.load(ENGINE_ATTEMPTS);
  }

  /** The work that waited, handed over once (the engine is here). */
  takeWaiting(): Job[] {
    const waiting = this.waiting;
    this.waiting = [];
    return waiting;
  }

  private load(attempts: number): void {
    // User Timing marks around the import, for profilers.
    mark('cll:engine-wanted');
    this.source().then(
      (engine) => {
        mark('cll:engine-ready');
        this.engine = engine;
        this.loaded(engine);
      },
      (error) => {
        if (attempts > 1) {
          setTimeout(() => this.load(attempts - 1), ENGINE_RETRY_MS);
        } else {
          this.gaveUp = true;
          this.onError(error);
        }
      },
    );
  }
}

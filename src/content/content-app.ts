import type { ParsedSettings, Settings } from '../shared/settings';
import { isActiveOn } from '../shared/settings';
import { EngineGate } from './engine-gate';
import { type Engine, loadEngine } from './engine-loader';
import { mark, PassSignal } from './pass-signal';
import { BadgePlacer } from './place/badge-placer';
import { Badging } from './place/badging';
import type { Found, FoundCode, FoundLink, ReportSource } from './report/found';
import { mightHoldCode } from './scan/code-text';
import type { LinkElement } from './scan/link-finder';
import { PageScanner, type ScanFound } from './scan/page-scanner';
import { PageWatcher } from './scan/page-watcher';
import { textNamesPlatformDomain } from './scan/platform-text';
import { screenLink } from './scan/screen';
import { SlicedQueue } from './scan/sliced-queue';
import type { Job } from './scan/stepped-jobs';

/** A slice of the work queue of its own: long enough that few frames interrupt a pass. */
const SLICE_MS = 30;
/**
 * While the engine is being imported: each step of its import (redirect, response, compiling)
 * waits for the main thread, so slices are short meanwhile and the engine arrives sooner.
 */
const IMPORTING_SLICE_MS = 4;

/** The parts that run while the extension is on for this document. */
interface Running {
  queue: SlicedQueue<Job>;
  watcher: PageWatcher;
  scanner: PageScanner;
  placer: BadgePlacer;
}

/**
 * The content script in one document, wired: the page scanner reads the page (first all of it,
 * then what the page changes) into the sliced work queue; what it finds is badged, or waits at
 * the engine gate until the engine is imported (only when something could match); the badge
 * placer decides when badges go in; the pass signal says when a pass is over. Settings are
 * followed live.
 */
export class ContentApp implements ReportSource, ScanFound {
  private readonly gate: EngineGate;
  private readonly passes: PassSignal;
  private running: Running | null = null;
  private badging: Badging | null = null;
  private settings: Settings;
  private pruneDue = false;

  constructor(
    private readonly doc: Document,
    parsed: ParsedSettings,
    private readonly onError: (error: unknown) => void,
    engineSource: () => Promise<Engine> = loadEngine,
  ) {
    this.settings = parsed.settings;
    this.passes = new PassSignal(doc);
    this.gate = new EngineGate(engineSource, (engine) => this.startBadging(engine), onError);
  }

  get active(): boolean {
    return this.running !== null;
  }

  /** Applies settings: starts, stops, or re-evaluates every badge without reclassifying. */
  apply(parsed: ParsedSettings): void {
    this.settings = parsed.settings;
    if (!isActiveOn(this.settings, this.doc.location?.hostname ?? '')) {
      this.stop();
    } else if (!this.running) {
      // The loader imports this only once the page has loaded (or its load has stalled).
      this.start();
    } else if (this.badging) {
      mark('cll:update');
      this.badging.update(this.settings);
      // In the middle of a pass, the pass itself says when it is done.
      if (this.running.queue.pending === 0 && !this.gate.busy) this.passes.signal();
    }
  }

  links(): Found<FoundLink>[] {
    return this.badging?.badger.found() ?? [];
  }

  codes(): Found<FoundCode>[] {
    return this.badging?.marker.found() ?? [];
  }

  wantsCandidateAhead(): boolean {
    return !this.gate.requested;
  }

  candidateAhead(): void {
    this.gate.want();
  }

  /** A link, new or changed; with `readLinkText`, its text is compared with where it goes. */
  link(link: LinkElement, readLinkText: boolean, screened = false): void {
    const scanner = this.running?.scanner;
    const baseHost = scanner?.baseHost ?? '';
    const sieve = scanner?.sieve ?? null;
    if (this.badging) this.badging.badger.process([link], baseHost, readLinkText, sieve, screened);
    // Without the engine, a link waits for it only if it may get a badge: by its address (see
    // Screen), or (when its text is to be read) by a text that names a platform domain.
    else if (
      screenLink(link, baseHost, sieve) !== null ||
      (readLinkText && textNamesPlatformDomain(link.textContent ?? ''))
    )
      // A link waiting for the engine keeps its answer: its text is read only if it was to be.
      this.gate.wait(() => this.link(link, readLinkText, true));
  }

  text(text: Text): void {
    if (this.badging) this.badging.marker.scan(text);
    else if (mightHoldCode(text.data)) this.gate.wait(() => this.text(text));
  }

  field(field: HTMLTextAreaElement | HTMLInputElement): void {
    if (this.badging) this.badging.marker.scan(field);
    else if (mightHoldCode(field.value)) this.gate.wait(() => this.field(field));
  }

  private start(): void {
    const watcher = new PageWatcher({
      changed: (nodes) => scanner.changed(nodes),
      badgeRemoved: (host) => this.badging?.badgeRemoved(host),
      removed: () => {
        this.pruneDue = true;
      },
    });
    const queue = new SlicedQueue<Job>(
      (job) => job(),
      () => this.drained(),
      this.onError,
      (drained) =>
        placer.afterSlice(drained, this.badging?.badger ?? null, this.badging?.factory ?? null),
      () => (this.gate.importing ? IMPORTING_SLICE_MS : SLICE_MS),
    );
    const scanner = new PageScanner(this.doc, queue, watcher, this, this.onError);
    const placer = new BadgePlacer(watcher, () => scanner.huge);
    this.running = { queue, watcher, scanner, placer };
    watcher.watch(this.doc);
    mark('cll:start');
    scanner.scanDocument();
    if (this.gate.ready) this.startBadging(this.gate.ready);
  }

  private stop(): void {
    this.running?.watcher.disconnect();
    this.running?.scanner.stop();
    this.badging?.clear();
    this.badging = null;
    this.running = null;
    this.gate.takeWaiting();
    this.passes.signal();
  }

  /** The engine is here: badge, and give the work that waited for it back to the queue. */
  private startBadging(engine: Engine): void {
    if (!this.running) return;
    this.badging = new Badging(this.doc, engine, this.settings);
    this.running.queue.push(this.gate.takeWaiting(), false);
  }

  private drained(): void {
    // The scanner's idle work (its walk for shadow roots) waits for the end of the pass: while
    // work waits for the engine, its import needs the main thread more.
    if (!this.gate.busy) this.running?.scanner.drained();
    if (this.pruneDue) {
      this.pruneDue = false;
      this.badging?.prune();
    }
    // Work that waits for the engine is not finished: the pass ends when it has been done.
    if (!this.gate.busy) this.passes.signal();
  }
}

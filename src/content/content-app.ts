import type { ParsedSettings, Settings } from '../shared/settings';
import { isActiveOn } from '../shared/settings';
import { BadgeFactory } from './badge';
import { baseHostOf, mayBadgeLink, pathsArePlainOn, textNamesPlatformDomain } from './candidate';
import { type Engine, loadEngine } from './engine-loader';
import { LinkBadger } from './link-badger';
import { isLink, LINK_SELECTOR, type LinkElement } from './link-finder';
import { sieveSelector } from './link-sieve';
import { message, uiLocale } from './messages';
import { PageWatcher } from './page-watcher';
import type { Found, FoundCode, FoundLink, ReportSource } from './report/found';
import { mayHoldCodes, mightHoldCode, rootText, ShareCodeMarker } from './share-code-marker';
import { SlicedQueue } from './sliced-queue';
import { installTooltips } from './tooltip';

type Task = Node | (() => void);
const SKIP_TEXT_IN = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'TITLE',
  'CLL-BADGE',
]);
/** Nodes looked at per task of a walk: small enough to keep slices short. */
const STEP = 256;
/** Badges waiting to go in are placed once this many have gathered (or the queue is empty). */
const PLACE_BATCH = 2000;
const HUGE_PLACE_BATCH = 5000;
/** During a long pass, new badges start being watched for the viewport this often. */
const WATCH_EVERY_MS = 300;
const HUGE_PAGE_ELEMENTS = 30_000;
/** Roots with more links than this go through the sieve after a first step (see sieved). */
const SIEVE_FROM = 4 * STEP;
const ENGINE_ATTEMPTS = 3;
const ENGINE_RETRY_MS = 1000;

/**
 * The content script's running state in one document. It finds links and share codes (first the
 * whole page, then only what the page adds or changes), pre-filters them cheaply, loads the engine
 * only when something could match, badges what matches, and follows the settings live.
 */
export class ContentApp implements ReportSource {
  private engine: Engine | null = null;
  private engineWanted = false;
  private waiting: Task[] = [];
  private badger: LinkBadger | null = null;
  private marker: ShareCodeMarker | null = null;
  private factory: BadgeFactory | null = null;
  private watcher: PageWatcher | null = null;
  private queue: SlicedQueue<Task> | null = null;
  private removeTooltips: (() => void) | null = null;
  private settings: Settings;
  private passes = 0;
  private pruneDue = false;
  private startPending = false;
  /** The walk for open shadow roots of the initial page, due after the first pass. */
  private shadowWalkDue = false;
  private lastWatch = 0;
  /** The document has more than HUGE_PAGE_ELEMENTS elements (each layout of it is slow). */
  private huge = false;
  /** Nodes waiting in the queue because they changed. */
  private readonly queued = new WeakSet<Node>();
  /** The host relative links resolve against, refreshed at each expansion. */
  private baseHost = '';

  constructor(
    private readonly doc: Document,
    parsed: ParsedSettings,
    private readonly onError: (error: unknown) => void,
    private readonly engineSource: () => Promise<Engine> = loadEngine,
  ) {
    this.settings = parsed.settings;
  }

  get active(): boolean {
    return this.queue !== null;
  }

  /** Applies settings: starts, stops, or re-evaluates every badge without reclassifying. */
  apply(parsed: ParsedSettings): void {
    this.settings = parsed.settings;
    if (!isActiveOn(this.settings, this.doc.location?.hostname ?? '')) {
      this.stop();
    } else if (!this.active) {
      this.startAfterLoad();
    } else if (this.engine && this.badger && this.marker) {
      mark('cll:update');
      const context = this.engine.policyContext(this.settings);
      this.badger.update(context, this.settings);
      this.marker.update(context, this.settings);
      // In the middle of a pass, the pass itself says when it is done.
      if ((this.queue?.pending ?? 0) === 0 && this.waiting.length === 0) this.signalPass();
    }
  }

  links(): Found<FoundLink>[] {
    return this.badger?.found() ?? [];
  }

  codes(): Found<FoundCode>[] {
    return this.marker?.found() ?? [];
  }

  /** Starts once the page has loaded, so the page's own load never waits for the extension. */
  private startAfterLoad(): void {
    if (this.doc.readyState === 'complete' || !this.doc.defaultView) {
      this.start();
      return;
    }
    if (this.startPending) return;
    this.startPending = true;
    this.doc.defaultView.addEventListener(
      'load',
      () => {
        this.startPending = false;
        if (!this.active && isActiveOn(this.settings, this.doc.location?.hostname ?? ''))
          this.start();
      },
      { once: true },
    );
  }

  private start(): void {
    this.queue = new SlicedQueue<Task>(
      (task) => this.run(task),
      () => this.onDrain(),
      this.onError,
      (drained) => {
        // Badges go into the page in batches: each batch costs the page one layout, and a
        // bounded batch keeps that layout short on a huge page.
        const badger = this.badger;
        // On a huge page each layout costs about the same however few badges went in: fewer,
        // bigger batches.
        const batch = this.huge ? HUGE_PLACE_BATCH : PLACE_BATCH;
        if (badger && (drained || badger.unplacedCount >= batch)) {
          if (this.watcher) this.watcher.quietly(() => badger.placeAll());
          else badger.placeAll();
        }
        const now = performance.now();
        if (drained || now - this.lastWatch > WATCH_EVERY_MS) {
          this.lastWatch = now;
          this.factory?.watchNew();
        }
      },
    );
    this.watcher = new PageWatcher({
      changed: (nodes) => this.queueChanged(nodes),
      badgeRemoved: (host) => {
        this.badger?.badgeRemoved(host);
        this.marker?.badgeRemoved(host);
      },
      removed: () => {
        this.pruneDue = true;
      },
    });
    this.watcher.watch(this.doc);
    mark('cll:start');
    this.queue.push([this.doc], false);
    this.shadowWalkDue = true;
    if (this.engine) this.startBadging(this.engine);
  }

  /** Queues changed nodes, skipping those already waiting (a storm of changes to one link). */
  private queueChanged(nodes: Node[]): void {
    const fresh = nodes.filter((node) => !this.queued.has(node));
    for (const node of fresh) this.queued.add(node);
    this.queue?.push(fresh);
  }

  private stop(): void {
    this.watcher?.disconnect();
    this.removeTooltips?.();
    this.badger?.clear();
    this.marker?.clear();
    this.factory?.disconnect();
    this.factory = null;
    this.badger = null;
    this.marker = null;
    this.watcher = null;
    this.queue = null;
    this.removeTooltips = null;
    this.waiting = [];
    this.signalPass();
  }

  /** The engine is here: make the badger and the marker, and give them what waited for it. */
  private startBadging(engine: Engine): void {
    const context = engine.policyContext(this.settings);
    const locale = uiLocale();
    const factory = new BadgeFactory(this.doc, context.ruleset.scopes);
    const badger = new LinkBadger(engine, context, this.settings, locale, message, factory);
    const marker = new ShareCodeMarker(
      engine,
      this.doc,
      factory,
      context,
      this.settings,
      locale,
      message,
    );
    this.factory = factory;
    this.badger = badger;
    this.marker = marker;
    this.removeTooltips = installTooltips(
      this.doc,
      (host) => badger.tooltipFor(host) ?? marker.tooltipFor(host),
    );
    const waiting = this.waiting;
    this.waiting = [];
    this.queue?.push(waiting, false);
  }

  private needEngine(task: Task): void {
    this.waiting.push(task);
    if (this.engineWanted) return;
    this.engineWanted = true;
    this.loadEngine(ENGINE_ATTEMPTS);
  }

  /** Imports the engine; a failed import (an extension being updated, a busy browser) is retried. */
  private loadEngine(attempts: number): void {
    this.engineSource().then(
      (engine) => {
        this.engine = engine;
        if (this.active) this.startBadging(engine);
      },
      (error) => {
        if (attempts > 1) setTimeout(() => this.loadEngine(attempts - 1), ENGINE_RETRY_MS);
        else this.onError(error);
      },
    );
  }

  private run(task: Task): void {
    if (typeof task !== 'function') this.queued.delete(task);
    if (typeof task === 'function') {
      task();
    } else if (task instanceof Text) {
      if (SKIP_TEXT_IN.has(task.parentNode?.nodeName ?? '')) return;
      if (this.marker) this.marker.scan(task);
      else if (mightHoldCode(task.data)) this.needEngine(task);
    } else if (isLink(task)) {
      this.runLink(task, true);
    } else if (task instanceof HTMLTextAreaElement || task instanceof HTMLInputElement) {
      if (this.marker) this.marker.scan(task);
      else if (mightHoldCode(task.value)) this.needEngine(task);
    } else if (
      task instanceof Element ||
      task instanceof Document ||
      task instanceof DocumentFragment
    ) {
      this.expand(task);
    }
  }

  /**
   * A link, new or changed. With `readLinkText` (the text around it names a platform domain),
   * the badger also compares the link's text with where the link goes.
   */
  private runLink(link: LinkElement, readLinkText: boolean): void {
    if (this.badger) this.badger.process([link], this.baseHost, readLinkText);
    else if (mayBadgeLink(link, this.baseHost, readLinkText))
      // A link waiting for the engine keeps its answer: its text is read only if it was to be.
      this.needEngine(readLinkText ? link : () => this.runLink(link, false));
  }

  /** Queues the links, code-bearing texts and fields of a subtree, and looks for shadow roots. */
  private expand(root: Element | Document | DocumentFragment): void {
    this.baseHost = baseHostOf(this.doc);
    const tasks: Task[] = [];
    // On a huge page one read of all its text would be a long task: walk it in steps instead.
    const huge =
      !(root instanceof DocumentFragment) &&
      root.getElementsByTagName('*').length > HUGE_PAGE_ELEMENTS;
    if (huge && root === this.doc) this.huge = true;
    // The root's text is read once, for two questions: could it hold share codes, and does it
    // name a platform domain (only then are link texts read one by one). On a huge page, where
    // reading it at once is a long task, both answers are yes.
    const text = huge ? '' : rootText(root);
    const readLinkText = huge || textNamesPlatformDomain(text);
    if (root instanceof Element && isLink(root)) tasks.push(root);
    const links = root.querySelectorAll<LinkElement>(LINK_SELECTOR);
    const visit = (link: LinkElement) => this.runLink(link, readLinkText);
    // The sieve knows addresses only: where link texts are to be read, every link is looked at.
    tasks.push(readLinkText ? this.each(links, visit) : this.sieved(root, links, visit));
    if (huge || mayHoldCodes(root, text)) {
      tasks.push(this.walk(root, NodeFilter.SHOW_TEXT, (node) => this.textFound(node as Text)));
    }
    for (const field of root.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
      'textarea, input',
    )) {
      if (mightHoldCode(field.value)) tasks.push(field);
    }
    if (root instanceof Element) this.shadowFound(root);
    if (root !== this.doc)
      tasks.push(
        this.walk(root, NodeFilter.SHOW_ELEMENT, (node) => this.shadowFound(node as Element)),
      );
    this.queue?.push(tasks, false);
  }

  /** A resumable task over a node list (from index `from`), a step at a time. */
  private each<T extends Node>(list: ArrayLike<T>, visit: (node: T) => void, from = 0): () => void {
    let index = from;
    const step = () => {
      const end = Math.min(list.length, index + STEP);
      for (; index < end; index++) visit(list[index] as T);
      if (index < list.length) this.queue?.push([step], false);
    };
    return step;
  }

  /**
   * Like each(), for links whose texts need no reading. On a root with many links, after a first
   * step has shown the pre-filter the page's usual hosts, the rest are taken from the sieve (see
   * link-sieve.ts), which leaves out natively the links the pre-filter would pass over.
   */
  private sieved(
    root: Element | Document | DocumentFragment,
    links: NodeListOf<LinkElement>,
    visit: (link: LinkElement) => void,
  ): () => void {
    if (links.length <= SIEVE_FROM) return this.each(links, visit);
    const first = Array.prototype.slice.call(links, 0, STEP) as LinkElement[];
    return () => {
      for (const link of first) visit(link);
      const selector = sieveSelector(pathsArePlainOn(this.baseHost));
      let kept: NodeListOf<LinkElement> | null = null;
      try {
        if (selector !== null) kept = root.querySelectorAll<LinkElement>(selector);
      } catch {
        // A browser without complex :not() keeps reading every link.
      }
      if (kept === null) {
        this.queue?.push([this.each(links, visit, STEP)], false);
        return;
      }
      const seen = new Set(first);
      const visitUnseen = (link: LinkElement) => {
        if (!seen.has(link)) visit(link);
      };
      this.queue?.push([this.each(kept, visitUnseen)], false);
    };
  }

  private textFound(text: Text): void {
    if (mightHoldCode(text.data) && !SKIP_TEXT_IN.has(text.parentNode?.nodeName ?? ''))
      this.run(text);
  }

  private shadowFound(element: Element): void {
    const shadow = element.shadowRoot;
    if (shadow && this.watcher && !this.watcher.isWatching(shadow)) {
      this.watcher.watch(shadow);
      this.queue?.push([shadow], false);
    }
  }

  /** A resumable task that visits the nodes under `root` in steps, so no step is a long task. */
  private walk(root: Node, what: number, visit: (node: Node) => void): () => void {
    const walker = this.doc.createTreeWalker(root, what);
    const step = () => {
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        visit(node);
        if (++seen >= STEP) {
          this.queue?.push([step], false);
          return;
        }
      }
    };
    return step;
  }

  private onDrain(): void {
    if (this.shadowWalkDue) {
      this.shadowWalkDue = false;
      this.walkForShadowRootsWhenIdle();
    }
    if (this.pruneDue) {
      this.pruneDue = false;
      this.badger?.prune();
      this.marker?.prune();
    }
    // Work that waits for the engine is not finished: the pass ends when it has been done.
    if (this.waiting.length === 0) this.signalPass();
  }

  /**
   * Looks for the open shadow roots of the initial page once its first pass is done, in idle
   * moments and outside the work queue: a walk over every element is a whole-page cost most pages
   * can wait for (their links are badged by then), and the page's own changes meanwhile are
   * handled, and their passes signalled, without waiting for it. A root found joins the queue.
   */
  private walkForShadowRootsWhenIdle(): void {
    const queue = this.queue;
    const walker = this.doc.createTreeWalker(this.doc, NodeFilter.SHOW_ELEMENT);
    const step = (deadline?: IdleDeadline) => {
      if (queue === null || queue !== this.queue) return;
      try {
        for (let seen = 1, node = walker.nextNode(); node; seen++, node = walker.nextNode()) {
          this.shadowFound(node as Element);
          if (seen % STEP === 0 && (deadline?.timeRemaining() ?? 0) < 2) {
            whenIdle(step);
            return;
          }
        }
      } catch (error) {
        this.onError(error);
      }
    };
    whenIdle(step);
  }

  /** Tells tests and the benchmark that a pass is complete: <html data-cll-passes="N">. */
  private signalPass(): void {
    this.passes += 1;
    mark('cll:pass');
    this.doc.documentElement?.setAttribute('data-cll-passes', String(this.passes));
  }
}

/** A User Timing mark (for the benchmark and profilers); only the latest of each name is kept. */
function mark(name: string): void {
  performance.clearMarks?.(name);
  performance.mark?.(name);
}

/** Runs `task` when the browser is idle (or soon, where requestIdleCallback is missing). */
function whenIdle(task: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

import { isProse, mayHoldCodes, mightHoldCode, rootText } from './code-text';
import { baseHostOf, isLink, LINK_SELECTOR, type LinkElement } from './link-finder';
import { LinkSieve } from './link-sieve';
import { namedTextVisitor } from './named-text';
import type { PageWatcher } from './page-watcher';
import { textNamesPlatformDomain } from './platform-text';
import { screenLink } from './screen';
import { walkWhenIdle } from './shadow-root-walk';
import { eachStep, type Job, walkStep } from './stepped-jobs';

/** Where the scanner's jobs go (the sliced queue). `batch`: see SlicedQueue.push. */
export interface JobSink {
  push(jobs: Iterable<Job>, batch?: boolean): void;
}

/** What the scanner found: links, texts that could hold share codes, and fields that do. */
export interface ScanFound {
  /** Whether a candidate seen ahead would still be news (the engine is not on its way yet). */
  wantsCandidateAhead(): boolean;
  /** A root's first links include one the pre-filter lets through: the engine will be needed. */
  candidateAhead(): void;
  /** With `readLinkText`, the link's text is read too (it may name a platform domain). */
  link(link: LinkElement, readLinkText: boolean): void;
  text(text: Text): void;
  field(field: HTMLTextAreaElement | HTMLInputElement): void;
}

const HUGE_PAGE_ELEMENTS = 30_000;
/** Links of a root looked at by address before its text is read (see expand). */
const LOOK_AHEAD = 64;

/**
 * Reads the page: the whole document first, then the subtrees, links and texts the page adds or
 * changes, and open shadow roots (at start, in idle moments after the first pass; later, as the
 * page adds them). It hands links, code-bearing texts and fields to `found`, in short jobs.
 */
export class PageScanner {
  /** The document has more than HUGE_PAGE_ELEMENTS elements (each layout of it is slow). */
  huge = false;
  /** The host relative links resolve against, refreshed at each expansion. */
  baseHost = '';
  /** What the pre-filter learnt of this page's ordinary links: pass it to screenLink. */
  readonly sieve = new LinkSieve();
  /** Nodes waiting in the queue because they changed. */
  private readonly queued = new WeakSet<Node>();
  private shadowWalkDue = false;
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly jobs: JobSink,
    private readonly watcher: PageWatcher,
    private readonly found: ScanFound,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Queues the whole document; its shadow roots are looked for after the first pass. */
  scanDocument(): void {
    this.push([() => this.expand(this.doc)], false);
    this.shadowWalkDue = true;
  }

  /** Queues changed nodes, skipping those already waiting (a storm of changes to one link). */
  changed(nodes: Node[]): void {
    const fresh: Job[] = [];
    for (const node of nodes) {
      if (this.queued.has(node)) continue;
      this.queued.add(node);
      fresh.push(() => this.changedNode(node));
    }
    this.push(fresh);
  }

  /**
   * The pass is over: the first time, look for the open shadow roots of the initial page, in idle
   * moments (its links are badged by then; the page's own changes meanwhile are handled, and
   * their passes signalled, without waiting for the walk). A root found joins the queue.
   */
  drained(): void {
    if (!this.shadowWalkDue) return;
    this.shadowWalkDue = false;
    walkWhenIdle(
      this.doc,
      (element) => this.shadowFound(element),
      () => this.stopped,
      this.onError,
    );
  }

  /** Stops: jobs of this scanner still in the queue do nothing, and queue nothing more. */
  stop(): void {
    this.stopped = true;
  }

  private push(jobs: Iterable<Job>, batch = true): void {
    if (!this.stopped) this.jobs.push(jobs, batch);
  }

  private readonly requeue = (job: Job) => this.push([job], false);

  private each<T extends Node>(list: ArrayLike<T>, visit: (node: T) => void, from = 0): Job {
    return eachStep(list, visit, this.requeue, from);
  }

  private walk(root: Node, what: number, visit: (node: Node) => void): Job {
    return walkStep(this.doc, root, what, visit, this.requeue);
  }

  private changedNode(node: Node): void {
    this.queued.delete(node);
    if (this.stopped) return;
    if (node instanceof Text) {
      if (isProse(node)) this.found.text(node);
    } else if (isLink(node)) {
      this.found.link(node, true);
    } else if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) {
      this.found.field(node);
    } else if (
      node instanceof Element ||
      node instanceof Document ||
      node instanceof DocumentFragment
    ) {
      this.expand(node);
    }
  }

  /** Queues the links, code-bearing texts and fields of a subtree, and looks for shadow roots. */
  private expand(root: Element | Document | DocumentFragment): void {
    if (this.stopped) return;
    this.baseHost = baseHostOf(this.doc);
    const jobs: Job[] = [];
    // Only a document is counted: counting a subtree's elements costs more than reading the
    // text of a small one, and added subtrees are mostly small (a subtree the page added was as
    // big a task for the page itself to insert).
    const huge =
      root instanceof Document && root.getElementsByTagName('*').length > HUGE_PAGE_ELEMENTS;
    if (huge) this.huge = true;
    const links = root.querySelectorAll<LinkElement>(LINK_SELECTOR);
    if (links.length > LOOK_AHEAD) this.lookAhead(links);
    // The root's text is read once, natively, for two questions: could it hold share codes, and
    // does it name a platform domain. On a huge page this read is a long task, yet a fraction of
    // what one layout of that page costs it (measured on 100,000 links: 60-80 ms for 4.8 million
    // characters, against 150-250 ms for one inserted element and its layout), and most pages
    // answer no to both: then no text node needs a look of its own. On a huge page the read and
    // the scans of the text that answer those questions are jobs of their own, so that they are
    // tasks of their own too.
    if (root instanceof Element && isLink(root)) jobs.push(() => this.found.link(root, true));
    if (huge) {
      jobs.push(() => {
        const text = rootText(root);
        this.push([() => this.push(this.textJobs(root, links, true, text), false)], false);
      });
    } else {
      jobs.push(...this.textJobs(root, links, false, rootText(root)));
    }
    for (const field of root.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
      'textarea, input',
    )) {
      if (mightHoldCode(field.value)) jobs.push(() => this.found.field(field));
    }
    if (root instanceof Element) this.shadowFound(root);
    if (root !== this.doc)
      jobs.push(
        this.walk(root, NodeFilter.SHOW_ELEMENT, (node) => this.shadowFound(node as Element)),
      );
    this.push(jobs, false);
  }

  /** The jobs over a root's links and texts, given its whole text (see expand). */
  private textJobs(
    root: Element | Document | DocumentFragment,
    links: NodeListOf<LinkElement>,
    huge: boolean,
    text: string,
  ): Job[] {
    if (this.stopped) return [];
    const namesPlatform = textNamesPlatformDomain(text);
    const codes = mayHoldCodes(root, text);
    // Where the text names a platform domain, link texts are read one by one; on a huge page,
    // rather than every link's, those of the links around the names its text nodes hold.
    const readLinkText = namesPlatform && !huge;
    const visit = (link: LinkElement) => this.found.link(link, readLinkText);
    // The sieve knows addresses only: where link texts are to be read, every link is looked at.
    const jobs = [
      readLinkText
        ? this.each(links, visit)
        : this.sieve.job(root, links, visit, this.baseHost, this.requeue),
    ];
    if (huge && namesPlatform) {
      const named = namedTextVisitor((link) => this.found.link(link, true));
      jobs.push(
        this.walk(root, NodeFilter.SHOW_TEXT, (node) => {
          if (codes) this.textFound(node as Text);
          named(node as Text);
        }),
      );
    } else if (codes) {
      jobs.push(this.walk(root, NodeFilter.SHOW_TEXT, (node) => this.textFound(node as Text)));
    }
    return jobs;
  }

  /**
   * Reading a big root's text takes a while, and its links are visited after it: its first links
   * are screened by address first, so that the engine's import (which takes longer still) starts
   * at once when one of them could be a platform's. They are visited again in their turn.
   */
  private lookAhead(links: NodeListOf<LinkElement>): void {
    if (!this.found.wantsCandidateAhead()) return;
    const end = Math.min(links.length, LOOK_AHEAD);
    for (let i = 0; i < end; i++) {
      if (screenLink(links[i] as LinkElement, this.baseHost, null) !== null) {
        this.found.candidateAhead();
        return;
      }
    }
  }

  private textFound(text: Text): void {
    if (mightHoldCode(text.data) && isProse(text)) this.found.text(text);
  }

  private shadowFound(element: Element): void {
    const shadow = element.shadowRoot;
    if (shadow && !this.stopped && !this.watcher.isWatching(shadow)) {
      this.watcher.watch(shadow);
      this.push([() => this.expand(shadow)], false);
    }
  }
}

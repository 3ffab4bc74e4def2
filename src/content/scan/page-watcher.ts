import { isBadgeHost } from '../draw/badge';
import { isLink } from './link-finder';

export interface WatchHandlers {
  /** Subtrees added to the page, links whose href changed, texts that changed. */
  changed(nodes: Node[]): void;
  /** One of our badge hosts was taken out of the page. */
  badgeRemoved(host: Element): void;
  /** Something was removed: forget what left. */
  removed(): void;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['href'],
  characterData: true,
};

/**
 * One MutationObserver per root (the document and each open shadow root). The callback only
 * collects what was added or changed; the work happens later, in the sliced work queue.
 */
export class PageWatcher {
  private readonly observers = new Map<Node, MutationObserver>();

  constructor(private readonly handlers: WatchHandlers) {}

  watch(root: Document | ShadowRoot): void {
    if (this.observers.has(root)) return;
    const observer = new MutationObserver((records) => this.onRecords(records));
    observer.observe(root, OBSERVE);
    this.observers.set(root, observer);
  }

  isWatching(root: Node): boolean {
    return this.observers.has(root);
  }

  /**
   * Runs `change` (the extension's own insertions) unobserved, so a thousand badges going in do
   * not come back as a thousand records. What the page did before is handled first, as usual.
   */
  quietly(change: () => void): void {
    for (const observer of this.observers.values()) {
      const pending = observer.takeRecords();
      if (pending.length > 0) this.onRecords(pending);
      observer.disconnect();
    }
    try {
      change();
    } finally {
      for (const [root, observer] of this.observers) observer.observe(root, OBSERVE);
    }
  }

  disconnect(): void {
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
  }

  private onRecords(records: MutationRecord[]): void {
    // A busy page can change the same node thousands of times in one batch: report it once.
    const changed = new Set<Node>();
    let removed = false;
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (!isBadgeHost(node)) changed.add(node);
        }
        for (const node of record.removedNodes) {
          removed = true;
          if (isBadgeHost(node)) this.handlers.badgeRemoved(node);
        }
      } else if (record.type === 'attributes') {
        if (isLink(record.target)) changed.add(record.target);
      } else if (record.type === 'characterData') {
        changed.add(record.target);
      }
    }
    if (changed.size > 0) this.handlers.changed([...changed]);
    if (removed) this.handlers.removed();
  }
}

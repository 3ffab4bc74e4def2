import { BADGE_TAG, Badge, type BadgeLook, isBadgeHost, type SegmentSlot } from './badge';
import { BADGE_CSS } from './badge-style';

/**
 * Makes badges. Every badge shares one constructed stylesheet (no inline <style>, so a strict page
 * CSP cannot block it); the shadow root is closed, so page scripts cannot reach inside, and the
 * host's own rules are !important inside it, so page CSS cannot restyle the badge.
 *
 * A badge goes into the page at once (with its accessible name and the links' contract), but its
 * face is drawn only when it comes near the viewport (watchNew): laying out the text of thousands
 * of badges nobody looks at would cost a big page several times what the page itself costs.
 * Printing, focus and the tooltip draw a badge at once.
 */
export class BadgeFactory {
  private readonly look: BadgeLook;
  /** What every host starts as (cloned: one call instead of four). */
  private readonly template: HTMLElement;
  private readonly observer: IntersectionObserver | null;
  private readonly undrawn = new Set<Badge>();
  /**
   * Badges made since the last watchNew, in order (a list: finding them in `undrawn`, which
   * holds every badge not drawn yet, would walk all of them each time).
   */
  private unwatched: Badge[] = [];
  /**
   * An undrawn badge has no box, so the observer watches the element it follows (its link, or the
   * element holding its share code); several badges may follow one element.
   */
  private readonly watchedBy = new Map<Element, Badge[]>();
  private readonly targetOf = new WeakMap<Badge, Element>();
  private readonly view: Window | null;

  constructor(doc: Document, scopes: readonly string[], lazy = true) {
    this.template = doc.createElement(BADGE_TAG);
    this.template.setAttribute('data-cll-badge', '');
    this.template.setAttribute('role', 'img');
    this.template.tabIndex = 0;
    // Two scopes: ::before and ::after. More (a custom ruleset): the first is ::before and the
    // others are small elements inside the face, in order.
    const slots = new Map<string, SegmentSlot>();
    scopes.forEach((scope, index) => {
      slots.set(scope, index === 0 ? 'before' : scopes.length === 2 ? 'after' : index - 1);
    });
    this.look = { sheet: makeSheet(doc, BADGE_CSS), slots };
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const Observer = view?.IntersectionObserver;
    this.observer =
      lazy && typeof Observer === 'function'
        ? new Observer((entries) => this.nearViewport(entries), { rootMargin: '100% 0px' })
        : null;
    this.view = view;
    view?.addEventListener('beforeprint', this.drawAll);
  }

  create(): Badge {
    const host = this.template.cloneNode(false) as HTMLElement;
    // Until drawn, a badge is an empty host with no box (nothing for the page to lay out) and no
    // shadow root yet, that still has its role and accessible name. Set through the CSSOM, which
    // a page's CSP does not block; `!important` in the style attribute beats any page rule.
    host.style.setProperty('display', 'contents', 'important');
    const badge = new Badge(host, this.look);
    if (this.observer) {
      this.undrawn.add(badge);
      this.unwatched.push(badge);
    } else {
      badge.draw();
    }
    return badge;
  }

  /**
   * Starts watching the badges made since the last call. The badge placer calls it when a pass
   * is done (and now and then during a long one), not per badge: while a page is being badged its
   * layout changes every frame, and every watched badge would be looked at again each time.
   */
  watchNew(): void {
    const badges = this.unwatched;
    this.unwatched = [];
    for (const badge of badges) {
      if (!this.undrawn.has(badge)) continue;
      const target = watchTarget(badge.host);
      // Not in the page yet: watched once it is.
      if (target === null) {
        this.unwatched.push(badge);
        continue;
      }
      this.follow(badge, target);
    }
  }

  /** Draws every badge not drawn yet (before printing, or when asked). */
  readonly drawAll = (): void => {
    for (const badge of this.undrawn) this.draw(badge);
  };

  /** Lets go of a badge the page no longer has. */
  release(badge: Badge): void {
    badge.host.remove();
    if (this.undrawn.delete(badge)) this.unwatch(badge);
  }

  /** Stops watching the viewport; badges drawn stay drawn. */
  disconnect(): void {
    this.observer?.disconnect();
    this.undrawn.clear();
    this.unwatched = [];
    this.watchedBy.clear();
    this.view?.removeEventListener('beforeprint', this.drawAll);
  }

  /** Watches `target` for this badge (the observer watches each target once, for all its badges). */
  private follow(badge: Badge, target: Element): void {
    this.targetOf.set(badge, target);
    const followers = this.watchedBy.get(target);
    if (followers) {
      followers.push(badge);
    } else {
      this.watchedBy.set(target, [badge]);
      this.observer?.observe(target);
    }
  }

  private nearViewport(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        for (const badge of [...(this.watchedBy.get(entry.target) ?? [])]) this.draw(badge);
      } else if (entry.boundingClientRect.width === 0 && entry.boundingClientRect.height === 0) {
        this.watchBoxOf(entry.target);
      }
    }
  }

  /**
   * A watched element with no box never comes near the viewport. A hidden one (display: none)
   * may later show: it stays watched. One with `display: contents` (a link wrapping a card, say)
   * shows through its children: its badges are watched through the nearest ancestor with a box.
   */
  private watchBoxOf(target: Element): void {
    const view = target.ownerDocument.defaultView;
    let box: Element | null = target;
    while (box && view?.getComputedStyle(box).display === 'contents') box = box.parentElement;
    if (box === target || box === null) return;
    const followers = this.watchedBy.get(target) ?? [];
    this.watchedBy.delete(target);
    this.observer?.unobserve(target);
    for (const badge of followers) this.follow(badge, box);
  }

  private draw(badge: Badge): void {
    if (this.undrawn.delete(badge)) this.unwatch(badge);
    badge.draw();
  }

  /** Stops watching for this badge; its target stays watched while other badges follow it. */
  private unwatch(badge: Badge): void {
    const target = this.targetOf.get(badge);
    if (!target) return;
    this.targetOf.delete(badge);
    const followers = this.watchedBy.get(target);
    if (!followers) return;
    const index = followers.indexOf(badge);
    if (index >= 0) followers.splice(index, 1);
    if (followers.length === 0) {
      this.watchedBy.delete(target);
      this.observer?.unobserve(target);
    }
  }
}

/**
 * What the viewport observer watches for an undrawn badge: the element right before it (its link,
 * or the element after which its share code's badge went), skipping other badges; the parent
 * where a text comes first (a share code's text). Null while the badge is not in the page.
 */
function watchTarget(host: HTMLElement): Element | null {
  if (!host.isConnected) return null;
  for (let node = host.previousSibling; node; node = node.previousSibling) {
    if (node instanceof Element) {
      if (!isBadgeHost(node)) return node;
    } else if (node.nodeType === Node.TEXT_NODE) {
      break;
    }
  }
  return host.parentElement;
}

function makeSheet(doc: Document, css: string): CSSStyleSheet | null {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}

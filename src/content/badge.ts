import { BADGE_CSS } from './badge-style';

/** Tag name of the badge's host element; its content lives in a closed shadow root. */
export const BADGE_TAG = 'cll-badge';

/**
 * Where each scope's segment is drawn: WeChat's two scopes are the ::before and ::after boxes of
 * one element inside the shadow root, the face (few boxes, so many badges stay cheap to lay out,
 * and page CSS cannot select them); a custom ruleset with more scopes draws the first as ::before
 * and each other one as a small element inside the face.
 */
type SegmentSlot = 'before' | 'after' | number;
/** A segment as set: [outcome, text, shown]. */
type Segment = [string, string, boolean];

interface BadgeParts {
  /** The closed shadow root, attached when the badge is drawn. */
  root: ShadowRoot | null;
  /** The badge stylesheet (shared), or null where a <style> element is used instead. */
  sheet: CSSStyleSheet | null;
  slots: ReadonlyMap<string, SegmentSlot>;
  /** What the badge shows, kept here until it is drawn (and read back from here). */
  segments: Map<string, Segment>;
  mark: string;
  /** The drawn face, or null while the badge is an empty placeholder (far from the viewport). */
  face: HTMLElement | null;
  extras: HTMLElement[];
  tip: HTMLElement | null;
}

const parts = new WeakMap<Element, BadgeParts>();

/**
 * Makes badge hosts. Every badge shares one constructed stylesheet (no inline <style>, so a strict
 * page CSP cannot block it); the shadow root is closed, so page scripts cannot reach inside, and
 * the host's own rules are !important inside it, so page CSS cannot restyle the badge.
 *
 * A badge goes into the page at once (with its accessible name and the links' contract), but its
 * face is drawn only when it comes near the viewport (watchNew): laying out the text of thousands of badges
 * nobody looks at would cost a big page several times what the page itself costs. Printing, focus
 * and the tooltip draw a badge at once.
 */
export class BadgeFactory {
  private readonly sheet: CSSStyleSheet | null;
  /** What every host starts as (cloned: one call instead of four). */
  private readonly template: HTMLElement;
  private readonly slots = new Map<string, SegmentSlot>();
  private readonly observer: IntersectionObserver | null;
  private readonly undrawn = new Set<HTMLElement>();
  /**
   * Badges made since the last watchNew, in order (a list: finding them in `undrawn`, which
   * holds every badge not drawn yet, would walk all of them each time).
   */
  private unwatched: HTMLElement[] = [];
  /**
   * An undrawn badge has no box, so the observer watches the element it follows (its link, or the
   * element holding its share code); several badges may follow one element.
   */
  private readonly watchedBy = new Map<Element, HTMLElement[]>();
  private readonly targetOf = new WeakMap<HTMLElement, Element>();
  private readonly view: Window | null;

  constructor(doc: Document, scopes: readonly string[], lazy = true) {
    this.sheet = makeSheet(doc, BADGE_CSS);
    this.template = doc.createElement(BADGE_TAG);
    this.template.setAttribute('data-cll-badge', '');
    this.template.setAttribute('role', 'img');
    this.template.tabIndex = 0;
    // Two scopes: ::before and ::after. More (a custom ruleset): the first is ::before and the
    // others are small elements inside the face, in order.
    scopes.forEach((scope, index) => {
      const slot = index === 0 ? 'before' : scopes.length === 2 ? 'after' : index - 1;
      this.slots.set(scope, slot);
    });
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const Observer = view?.IntersectionObserver;
    this.observer =
      lazy && typeof Observer === 'function'
        ? new Observer((entries) => this.nearViewport(entries), { rootMargin: '100% 0px' })
        : null;
    this.view = view;
    view?.addEventListener('beforeprint', this.drawAll);
  }

  create(): HTMLElement {
    const host = this.template.cloneNode(false) as HTMLElement;
    // Until drawn, a badge is an empty host with no box (nothing for the page to lay out) and no
    // shadow root yet, that still has its role and accessible name. Set through the CSSOM, which
    // a page's CSP does not block; `!important` in the style attribute beats any page rule.
    host.style.setProperty('display', 'contents', 'important');
    parts.set(host, {
      root: null,
      sheet: this.sheet,
      slots: this.slots,
      segments: new Map(),
      mark: '',
      face: null,
      extras: [],
      tip: null,
    });
    if (this.observer) {
      this.undrawn.add(host);
      this.unwatched.push(host);
    } else {
      drawBadge(host);
    }
    return host;
  }

  /**
   * Starts watching the badges made since the last call. The content app calls it when a pass is
   * done (and now and then during a long one), not per badge: while a page is being badged its
   * layout changes every frame, and every watched badge would be looked at again each time.
   */
  watchNew(): void {
    const hosts = this.unwatched;
    this.unwatched = [];
    for (const host of hosts) {
      if (!this.undrawn.has(host)) continue;
      const target = watchTarget(host);
      // Not in the page yet: watched once it is.
      if (target === null) {
        this.unwatched.push(host);
        continue;
      }
      this.follow(host, target);
    }
  }

  /** Watches `target` for this badge (the observer watches each target once, for all its badges). */
  private follow(host: HTMLElement, target: Element): void {
    this.targetOf.set(host, target);
    const followers = this.watchedBy.get(target);
    if (followers) {
      followers.push(host);
    } else {
      this.watchedBy.set(target, [host]);
      this.observer?.observe(target);
    }
  }

  /** Draws every badge not drawn yet (before printing, or when asked). */
  readonly drawAll = (): void => {
    for (const host of this.undrawn) this.draw(host);
  };

  /** Lets go of a badge the page no longer has. */
  release(host: HTMLElement): void {
    host.remove();
    if (this.undrawn.delete(host)) this.unwatch(host);
  }

  /** Stops watching the viewport; badges drawn stay drawn. */
  disconnect(): void {
    this.observer?.disconnect();
    this.undrawn.clear();
    this.unwatched = [];
    this.watchedBy.clear();
    this.view?.removeEventListener('beforeprint', this.drawAll);
  }

  private nearViewport(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        for (const host of [...(this.watchedBy.get(entry.target) ?? [])]) this.draw(host);
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
    for (const host of followers) this.follow(host, box);
  }

  private draw(host: HTMLElement): void {
    if (this.undrawn.delete(host)) this.unwatch(host);
    drawBadge(host);
  }

  /** Stops watching for this badge; its target stays watched while other badges follow it. */
  private unwatch(host: HTMLElement): void {
    const target = this.targetOf.get(host);
    if (!target) return;
    this.targetOf.delete(host);
    const followers = this.watchedBy.get(target);
    if (!followers) return;
    const index = followers.indexOf(host);
    if (index >= 0) followers.splice(index, 1);
    if (followers.length === 0) {
      this.watchedBy.delete(target);
      this.observer?.unobserve(target);
    }
  }
}

/** Whether the badge's face has been drawn. */
export function isDrawn(host: Element): boolean {
  return parts.get(host)?.face != null;
}

/** Draws the badge's face from what was set on it; later changes go straight to the face. */
export function drawBadge(host: Element): void {
  const part = parts.get(host);
  if (!part || part.face) return;
  const doc = host.ownerDocument;
  const root = attachRoot(host, part);
  if (!root) return;
  const face = doc.createElement('span');
  face.className = 'face';
  part.face = face;
  for (const [scope, slot] of part.slots) {
    if (typeof slot === 'number') {
      const extra = doc.createElement('span');
      extra.className = 'seg';
      part.extras[slot] = extra;
    }
    const segment = part.segments.get(scope);
    if (segment) paintSegment(part, slot, segment);
  }
  paintMark(part);
  face.append(...part.extras);
  root.prepend(face);
  (host as HTMLElement).style?.removeProperty('display');
  if ((host as HTMLElement).style?.length === 0) host.removeAttribute('style');
}

/**
 * The badge's closed shadow root, with the shared stylesheet (made on first use); null when the
 * page took the host's shadow root first (a hostile page): the badge then stays undrawn, still
 * named and carrying the contract.
 */
function attachRoot(host: Element, part: BadgeParts): ShadowRoot | null {
  if (part.root) return part.root;
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'closed' });
  } catch {
    return null;
  }
  if (part.sheet) {
    root.adoptedStyleSheets = [part.sheet];
  } else {
    const style = host.ownerDocument.createElement('style');
    style.textContent = BADGE_CSS;
    root.append(style);
  }
  part.root = root;
  return root;
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

export function isBadgeHost(node: unknown): node is HTMLElement {
  return node instanceof Element && node.localName === BADGE_TAG && parts.has(node);
}

function setAttr(element: Element, name: string, value: string | null): void {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

/** Sets one scope segment: its outcome (colour and symbol), its text, and whether it shows. */
export function setSegment(
  host: Element,
  scope: string,
  outcome: string,
  text: string,
  shown: boolean,
): void {
  const part = parts.get(host);
  const slot = part?.slots.get(scope);
  if (!part || slot === undefined) return;
  const segment: Segment = [outcome, text, shown];
  part.segments.set(scope, segment);
  if (part.face) paintSegment(part, slot, segment);
}

function paintSegment(part: BadgeParts, slot: SegmentSlot, [outcome, text, shown]: Segment): void {
  if (typeof slot === 'string') {
    const face = part.face as HTMLElement;
    setAttr(face, `data-seg-${slot}`, text);
    setAttr(face, `data-out-${slot}`, outcome);
    setAttr(face, `data-hide-${slot}`, shown ? null : '');
    return;
  }
  const extra = part.extras[slot];
  if (!extra) return;
  if (extra.dataset.outcome !== outcome) extra.dataset.outcome = outcome;
  if (extra.textContent !== text) extra.textContent = text;
  if (extra.hidden === shown) extra.hidden = !shown;
}

/** Reads back a segment: [outcome, text, shown] (as drawn, once drawn), or null for an unknown scope. */
export function segmentOf(host: Element, scope: string): [string, string, boolean] | null {
  const part = parts.get(host);
  const slot = part?.slots.get(scope);
  if (!part || slot === undefined) return null;
  if (!part.face) {
    const segment = part.segments.get(scope);
    return segment ? [...segment] : ['', '', true];
  }
  if (typeof slot === 'string') {
    return [
      part.face.getAttribute(`data-out-${slot}`) ?? '',
      part.face.getAttribute(`data-seg-${slot}`) ?? '',
      !part.face.hasAttribute(`data-hide-${slot}`),
    ];
  }
  const extra = part.extras[slot];
  return [extra?.dataset.outcome ?? '', extra?.textContent ?? '', !extra?.hidden];
}

/** Sets the badge's warning mark (e.g. "⚠"), drawn before the first segment; "" removes it. */
export function setMark(host: Element, text: string): void {
  const part = parts.get(host);
  if (!part) return;
  part.mark = text;
  paintMark(part);
  setAttr(host, 'data-cll-warning', text === '' ? null : text);
}

function paintMark(part: BadgeParts): void {
  if (part.face) setAttr(part.face, 'data-mark', part.mark === '' ? null : `${part.mark} `);
}

export function setLabel(host: Element, label: string): void {
  setAttr(host, 'aria-label', label);
}

/** The tooltip element of a badge, created on first use (most badges are never hovered). */
export function tooltipOf(host: Element): HTMLElement | null {
  const part = parts.get(host);
  if (!part) return null;
  drawBadge(host);
  if (!part.tip) {
    const tip = host.ownerDocument.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    if ('popover' in tip) tip.popover = 'manual';
    const root = attachRoot(host, part);
    if (!root) return null;
    root.append(tip);
    part.tip = tip;
  }
  return part.tip;
}

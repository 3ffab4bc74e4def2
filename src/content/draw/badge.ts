import { BADGE_CSS } from './badge-style';

/** Tag name of the badge's host element; its content lives in a closed shadow root. */
export const BADGE_TAG = 'cll-badge';

/**
 * Where each scope's segment is drawn: WeChat's two scopes are the ::before and ::after boxes of
 * one element inside the shadow root, the face (few boxes, so many badges stay cheap to lay out,
 * and page CSS cannot select them); a custom ruleset with more scopes draws the first as ::before
 * and each other one as a small element inside the face.
 */
export type SegmentSlot = 'before' | 'after' | number;

/** What one scope's segment shows. */
export interface Segment {
  /** The outcome, which gives the colour and the symbol (or WARNING_COLOURS). */
  outcome: string;
  /** The short text, e.g. "1:1". */
  text: string;
  shown: boolean;
}

/** What every badge of a factory shares: the stylesheet and where each scope is drawn. */
export interface BadgeLook {
  /** The badge stylesheet (shared), or null where a <style> element is used instead. */
  sheet: CSSStyleSheet | null;
  slots: ReadonlyMap<string, SegmentSlot>;
}

/**
 * The badge a host element belongs to, kept on the host under a symbol: a page script cannot
 * see it (content scripts see their own wrappers of the page's elements) nor forge it.
 */
const BADGE = Symbol('badge');
type Host = HTMLElement & { [BADGE]?: Badge };

/**
 * One badge and its parts. Three steps make it, each with its own name:
 * - **fill** (badge-fill.ts): what a view says goes into the badge: segments, mark, accessible
 *   name (and the links' contract). A badge is filled at once, drawn or not.
 * - **draw**: the face is built in a closed shadow root, from what was filled, when the badge
 *   comes near the viewport (see BadgeFactory), is focused, asked for its tooltip, or printed.
 * - **paint**: a segment or the mark is written into the drawn face; filling a drawn badge
 *   paints at once.
 */
export class Badge {
  /** The closed shadow root, attached when the badge is drawn. */
  private root: ShadowRoot | null = null;
  /** What the badge shows, kept here until it is drawn (and read back from here). */
  private readonly segments = new Map<string, Segment>();
  private mark = '';
  /** The drawn face, or null while the badge is an empty placeholder (far from the viewport). */
  private face: HTMLElement | null = null;
  private readonly extras: HTMLElement[] = [];
  private tip: HTMLElement | null = null;

  constructor(
    readonly host: HTMLElement,
    private readonly look: BadgeLook,
  ) {
    (host as Host)[BADGE] = this;
  }

  /** The badge of a host element; null for anything else (a page's own <cll-badge> too). */
  static of(node: unknown): Badge | null {
    // The tag name first: the page watcher asks this of every node the page adds or removes.
    return node instanceof Element && node.localName === BADGE_TAG
      ? ((node as Host)[BADGE] ?? null)
      : null;
  }

  /** Whether the face has been drawn. */
  get drawn(): boolean {
    return this.face !== null;
  }

  /** Fills one scope's segment: its outcome (colour and symbol), its text, whether it shows. */
  setSegment(scope: string, segment: Segment): void {
    const slot = this.look.slots.get(scope);
    if (slot === undefined) return;
    this.segments.set(scope, segment);
    if (this.face) this.paintSegment(slot, segment);
  }

  /** A scope's segment (as painted, once drawn); null for a scope the badge does not have. */
  segment(scope: string): Segment | null {
    const slot = this.look.slots.get(scope);
    if (slot === undefined) return null;
    const face = this.face;
    if (!face) return { ...(this.segments.get(scope) ?? { outcome: '', text: '', shown: true }) };
    if (typeof slot === 'string') {
      return {
        outcome: face.getAttribute(`data-out-${slot}`) ?? '',
        text: face.getAttribute(`data-seg-${slot}`) ?? '',
        shown: !face.hasAttribute(`data-hide-${slot}`),
      };
    }
    const extra = this.extras[slot];
    return {
      outcome: extra?.dataset.outcome ?? '',
      text: extra?.textContent ?? '',
      shown: !extra?.hidden,
    };
  }

  /** Fills the warning mark (e.g. "⚠"), drawn before the first segment; "" removes it. */
  setMark(text: string): void {
    this.mark = text;
    this.paintMark();
    setAttr(this.host, 'data-cll-warning', text === '' ? null : text);
  }

  setLabel(label: string): void {
    setAttr(this.host, 'aria-label', label);
  }

  /** Draws the face from what was filled; later fills paint straight into it. */
  draw(): void {
    if (this.face) return;
    const root = this.attachRoot();
    if (!root) return;
    const doc = this.host.ownerDocument;
    const face = doc.createElement('span');
    face.className = 'face';
    this.face = face;
    for (const [scope, slot] of this.look.slots) {
      if (typeof slot === 'number') {
        const extra = doc.createElement('span');
        extra.className = 'seg';
        this.extras[slot] = extra;
      }
      const segment = this.segments.get(scope);
      if (segment) this.paintSegment(slot, segment);
    }
    this.paintMark();
    face.append(...this.extras);
    root.prepend(face);
    const style = this.host.style;
    style?.removeProperty('display');
    if (style?.length === 0) this.host.removeAttribute('style');
  }

  /** The tooltip element, made on first use (most badges are never hovered); draws the badge. */
  tooltip(): HTMLElement | null {
    this.draw();
    if (!this.tip) {
      const root = this.attachRoot();
      if (!root) return null;
      const tip = this.host.ownerDocument.createElement('div');
      tip.className = 'tip';
      tip.setAttribute('role', 'tooltip');
      if ('popover' in tip) tip.popover = 'manual';
      root.append(tip);
      this.tip = tip;
    }
    return this.tip;
  }

  private paintSegment(slot: SegmentSlot, { outcome, text, shown }: Segment): void {
    if (typeof slot === 'string') {
      const face = this.face as HTMLElement;
      setAttr(face, `data-seg-${slot}`, text);
      setAttr(face, `data-out-${slot}`, outcome);
      setAttr(face, `data-hide-${slot}`, shown ? null : '');
      return;
    }
    const extra = this.extras[slot];
    if (!extra) return;
    if (extra.dataset.outcome !== outcome) extra.dataset.outcome = outcome;
    if (extra.textContent !== text) extra.textContent = text;
    if (extra.hidden === shown) extra.hidden = !shown;
  }

  private paintMark(): void {
    if (this.face) setAttr(this.face, 'data-mark', this.mark === '' ? null : `${this.mark} `);
  }

  /**
   * The badge's closed shadow root, with the shared stylesheet; null when the page took the
   * host's shadow root first (a hostile page): the badge then stays undrawn, still named and
   * carrying the contract.
   */
  private attachRoot(): ShadowRoot | null {
    if (this.root) return this.root;
    let root: ShadowRoot;
    try {
      root = this.host.attachShadow({ mode: 'closed' });
    } catch {
      return null;
    }
    if (this.look.sheet) {
      root.adoptedStyleSheets = [this.look.sheet];
    } else {
      const style = this.host.ownerDocument.createElement('style');
      style.textContent = BADGE_CSS;
      root.append(style);
    }
    this.root = root;
    return root;
  }
}

/** Whether a node is the host of one of our badges (a page's own <cll-badge> is not). */
export function isBadgeHost(node: unknown): node is HTMLElement {
  return Badge.of(node) !== null;
}

/** The tooltip element of a badge host (see Badge.tooltip); null for anything else. */
export function tooltipOf(host: Element): HTMLElement | null {
  return Badge.of(host)?.tooltip() ?? null;
}

function setAttr(element: Element, name: string, value: string | null): void {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

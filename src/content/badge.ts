import { BADGE_CSS } from './badge-style';

/** Tag name of the badge's host element; its content lives in a closed shadow root. */
export const BADGE_TAG = 'cll-badge';

/**
 * Where each scope's segment is drawn: the first two scopes are the ::before and ::after boxes of
 * one element inside the shadow root (few boxes, so thousands of badges stay cheap to insert and
 * lay out, and page CSS cannot select them); any further scope of a custom ruleset gets a small
 * element of its own.
 */
type SegmentSlot = 'before' | 'after' | HTMLElement;

interface BadgeParts {
  root: ShadowRoot;
  face: HTMLElement;
  slots: Map<string, SegmentSlot>;
  tip: HTMLElement | null;
}

const parts = new WeakMap<Element, BadgeParts>();

/**
 * Makes badge hosts. Every badge shares one constructed stylesheet (no inline <style>, so a strict
 * page CSP cannot block it); the shadow root is closed, so page scripts cannot reach inside, and
 * the host's own rules are !important inside it, so page CSS cannot restyle the badge.
 */
export class BadgeFactory {
  private readonly sheet: CSSStyleSheet | null;

  constructor(
    private readonly doc: Document,
    private readonly scopes: readonly string[],
  ) {
    this.sheet = makeSheet(doc);
  }

  create(): HTMLElement {
    const host = this.doc.createElement(BADGE_TAG);
    host.setAttribute('data-cll-badge', '');
    host.setAttribute('role', 'img');
    host.tabIndex = 0;
    const root = host.attachShadow({ mode: 'closed' });
    if (this.sheet) {
      root.adoptedStyleSheets = [this.sheet];
    } else {
      const style = this.doc.createElement('style');
      style.textContent = BADGE_CSS;
      root.append(style);
    }
    const face = this.doc.createElement('span');
    face.className = 'face';
    root.append(face);
    const slots = new Map<string, SegmentSlot>();
    this.scopes.forEach((scope, index) => {
      if (index === 0) slots.set(scope, 'before');
      else if (index === 1) slots.set(scope, 'after');
      else {
        const extra = this.doc.createElement('span');
        extra.className = 'seg';
        root.append(extra);
        slots.set(scope, extra);
      }
    });
    parts.set(host, { root, face, slots, tip: null });
    return host;
  }
}

function makeSheet(doc: Document): CSSStyleSheet | null {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(BADGE_CSS);
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

/** Sets one scope segment: its outcome (for colour), its text (with the symbol), and whether it shows. */
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
  if (typeof slot === 'string') {
    setAttr(part.face, `data-seg-${slot}`, text);
    setAttr(part.face, `data-out-${slot}`, outcome);
    setAttr(part.face, `data-hide-${slot}`, shown ? null : '');
    return;
  }
  if (slot.dataset.outcome !== outcome) slot.dataset.outcome = outcome;
  if (slot.textContent !== text) slot.textContent = text;
  if (slot.hidden === shown) slot.hidden = !shown;
}

/** Reads back a segment as drawn: [outcome, text, shown], or null for an unknown scope. */
export function segmentOf(host: Element, scope: string): [string, string, boolean] | null {
  const part = parts.get(host);
  const slot = part?.slots.get(scope);
  if (!part || slot === undefined) return null;
  if (typeof slot === 'string') {
    return [
      part.face.getAttribute(`data-out-${slot}`) ?? '',
      part.face.getAttribute(`data-seg-${slot}`) ?? '',
      !part.face.hasAttribute(`data-hide-${slot}`),
    ];
  }
  return [slot.dataset.outcome ?? '', slot.textContent ?? '', !slot.hidden];
}

/** Sets the badge's warning mark (e.g. "⚠"), drawn before the first segment; "" removes it. */
export function setMark(host: Element, text: string): void {
  const part = parts.get(host);
  if (!part) return;
  setAttr(part.face, 'data-mark', text === '' ? null : `${text} `);
  setAttr(host, 'data-cll-warning', text === '' ? null : text);
}

export function setLabel(host: Element, label: string): void {
  setAttr(host, 'aria-label', label);
}

/** The tooltip element of a badge, created on first use (most badges are never hovered). */
export function tooltipOf(host: Element): HTMLElement | null {
  const part = parts.get(host);
  if (!part) return null;
  if (!part.tip) {
    const tip = host.ownerDocument.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    if ('popover' in tip) tip.popover = 'manual';
    part.root.append(tip);
    part.tip = tip;
  }
  return part.tip;
}

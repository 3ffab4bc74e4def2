import { BADGE_CSS } from './badge-style';

/** Tag name of the badge's host element; its content lives in a closed shadow root. */
export const BADGE_TAG = 'cll-badge';

interface BadgeParts {
  root: ShadowRoot;
  badge: HTMLElement;
  segments: Map<string, HTMLElement>;
  mark: HTMLElement;
  tip: HTMLElement | null;
}

const parts = new WeakMap<Element, BadgeParts>();

/**
 * Makes badge hosts. All badges share one constructed stylesheet; each badge's shadow content is
 * cloned from one template. The shadow root is closed: page scripts cannot reach inside.
 */
export class BadgeFactory {
  private readonly sheet: CSSStyleSheet | null;
  private readonly template: HTMLElement;

  constructor(
    private readonly doc: Document,
    scopes: readonly string[],
  ) {
    this.sheet = makeSheet(doc);
    this.template = doc.createElement('span');
    this.template.className = 'badge';
    this.template.tabIndex = 0;
    this.template.setAttribute('role', 'img');
    for (const scope of scopes) {
      const segment = doc.createElement('span');
      segment.className = 'seg';
      segment.dataset.scope = scope;
      this.template.append(segment);
    }
    const mark = doc.createElement('span');
    mark.className = 'mark';
    mark.hidden = true;
    this.template.append(mark);
  }

  create(): HTMLElement {
    const host = this.doc.createElement(BADGE_TAG);
    host.setAttribute('data-cll-badge', '');
    const root = host.attachShadow({ mode: 'closed' });
    if (this.sheet) {
      root.adoptedStyleSheets = [this.sheet];
    } else {
      const style = this.doc.createElement('style');
      style.textContent = BADGE_CSS;
      root.append(style);
    }
    const badge = this.template.cloneNode(true) as HTMLElement;
    root.append(badge);
    const segments = new Map<string, HTMLElement>();
    for (const segment of badge.querySelectorAll<HTMLElement>('.seg')) {
      segments.set(segment.dataset.scope ?? '', segment);
    }
    const mark = badge.querySelector<HTMLElement>('.mark') as HTMLElement;
    parts.set(host, { root, badge, segments, mark, tip: null });
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

/** Sets one scope segment: its outcome (for colour), its text (symbol), and whether it shows. */
export function setSegment(
  host: Element,
  scope: string,
  outcome: string,
  text: string,
  shown: boolean,
): void {
  const segment = parts.get(host)?.segments.get(scope);
  if (!segment) return;
  if (segment.dataset.outcome !== outcome) segment.dataset.outcome = outcome;
  if (segment.textContent !== text) segment.textContent = text;
  if (segment.hidden === shown) segment.hidden = !shown;
}

/** Sets the badge's extra mark (e.g. a warning sign); empty text hides it. */
export function setMark(host: Element, text: string): void {
  const mark = parts.get(host)?.mark;
  if (!mark) return;
  mark.textContent = text;
  mark.hidden = text === '';
}

export function setLabel(host: Element, label: string): void {
  parts.get(host)?.badge.setAttribute('aria-label', label);
}

/** The tooltip element of a badge, created on first use (most badges are never hovered). */
export function tooltipOf(host: Element): HTMLElement | null {
  const part = parts.get(host);
  if (!part) return null;
  if (!part.tip) {
    const tip = host.ownerDocument.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.id = 'tip';
    if ('popover' in tip) tip.popover = 'manual';
    part.root.append(tip);
    part.badge.setAttribute('aria-describedby', 'tip');
    part.tip = tip;
  }
  return part.tip;
}

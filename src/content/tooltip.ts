import type { TooltipLine } from './badge-text';
import { isBadgeHost, tooltipOf } from './draw/badge';

/** A tooltip line as an element: a heading, a paragraph, or a fold-out list of quotes. */
export function lineElement(doc: Document, line: TooltipLine): HTMLElement {
  if (line.quotes && line.quotes.length > 0) {
    const details = doc.createElement('details');
    details.className = 'quotes';
    const summary = doc.createElement('summary');
    summary.textContent = line.text;
    details.append(summary);
    for (const quote of line.quotes) {
      const block = doc.createElement('blockquote');
      block.lang = quote.lang;
      block.textContent = `“${quote.text}”`;
      const cite = doc.createElement('p');
      cite.className = 'small';
      cite.textContent = `— ${quote.source}`;
      details.append(block);
      if (quote.gloss) {
        const gloss = doc.createElement('p');
        gloss.className = 'small';
        gloss.lang = 'en';
        gloss.textContent = quote.gloss;
        details.append(gloss);
      }
      details.append(cite);
    }
    return details;
  }
  const element = doc.createElement(line.heading ? 'h2' : 'p');
  element.textContent = line.text;
  if (line.className) element.className = line.className;
  return element;
}

/**
 * One set of listeners per document shows a badge's tooltip on hover or keyboard focus, and hides
 * it on leave, blur or Escape. The sources' quotes fold out on demand (a <details> in the tooltip,
 * which the pointer can reach: moving onto the tooltip keeps it open). The tooltip is a popover in the top layer, so page overflow and
 * z-index cannot clip it. Events from inside a closed shadow root arrive retargeted to its host.
 */
export function installTooltips(
  doc: Document,
  linesFor: (host: HTMLElement) => TooltipLine[] | null,
): () => void {
  let open: HTMLElement | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (host: HTMLElement) => {
    clearTimeout(hideTimer);
    if (open === host) return;
    hide();
    const lines = linesFor(host);
    const tip = tooltipOf(host);
    if (!lines || !tip) return;
    tip.replaceChildren(...lines.map((line) => lineElement(doc, line)));
    try {
      tip.showPopover?.();
    } catch {
      // Not in the document any more, or no popover support: the tooltip stays hidden.
      return;
    }
    position(host, tip, doc);
    // What the tooltip shows is also the badge's accessible description (ARIA 1.3).
    host.setAttribute('aria-description', lines.map((line) => line.text).join(' '));
    open = host;
  };
  const hide = () => {
    if (!open) return;
    try {
      tooltipOf(open)?.hidePopover?.();
    } catch {
      // Already hidden.
    }
    open = null;
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 150);
  };

  const onOver = (event: Event) => {
    if (isBadgeHost(event.target)) show(event.target);
    else if (open) hideSoon();
  };
  const onOut = (event: Event) => {
    if (isBadgeHost(event.target)) hideSoon();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hide();
  };
  const options = { capture: true, passive: true };
  doc.addEventListener('mouseover', onOver, options);
  doc.addEventListener('focusin', onOver, options);
  doc.addEventListener('mouseout', onOut, options);
  doc.addEventListener('focusout', onOut, options);
  doc.addEventListener('keydown', onKey, options);
  return () => {
    hide();
    doc.removeEventListener('mouseover', onOver, options);
    doc.removeEventListener('focusin', onOver, options);
    doc.removeEventListener('mouseout', onOut, options);
    doc.removeEventListener('focusout', onOut, options);
    doc.removeEventListener('keydown', onKey, options);
  };
}

function position(host: HTMLElement, tip: HTMLElement, doc: Document): void {
  const anchor = host.getBoundingClientRect();
  const width = doc.documentElement.clientWidth;
  const height = doc.documentElement.clientHeight;
  const box = tip.getBoundingClientRect();
  const left = Math.max(4, Math.min(anchor.left, width - box.width - 4));
  const below = anchor.bottom + 4;
  const top =
    below + box.height > height && anchor.top - box.height - 4 > 0
      ? anchor.top - box.height - 4
      : below;
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}

import type { Outcome } from '../../core/policy/outcome';

/**
 * The badge's symbols as small SVG pictures, one per outcome and the warning mark, so they look
 * the same on every machine: as text they would need a font with ✓ ❐ ✕ ⚠, which many machines
 * lack (a missing glyph draws as a box, and a fallback font can change the badge's size). Each is
 * drawn in a 12×12 box with strokes in the given colour; the stylesheet paints them as backgrounds.
 */
const SYMBOL: Readonly<Record<Outcome, (colour: string) => string>> = {
  direct: (c) =>
    `<path d="M2.4 6.6l2.5 2.5 4.7-5.6" fill="none" stroke="${c}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  warn: (c) =>
    `<path d="M6 2.2v5.1" stroke="${c}" stroke-width="1.9" stroke-linecap="round"/><circle cx="6" cy="9.9" r="1.1" fill="${c}"/>`,
  copy: (c) =>
    `<rect x="1.6" y="3.6" width="6.4" height="6.9" rx="1" fill="none" stroke="${c}" stroke-width="1.3"/><path d="M4.2 3.5V2.3a.7.7 0 0 1 .7-.7h4.9a.7.7 0 0 1 .7.7v5.4a.7.7 0 0 1-.7.7H8.1" fill="none" stroke="${c}" stroke-width="1.3"/>`,
  blocked: (c) =>
    `<path d="M3 3l6 6M9 3l-6 6" stroke="${c}" stroke-width="1.8" stroke-linecap="round"/>`,
  unknown: (c) =>
    `<path d="M3.9 4.4a2.1 2.1 0 1 1 3 1.9c-.6.3-.9.7-.9 1.3v.4" fill="none" stroke="${c}" stroke-width="1.6" stroke-linecap="round"/><circle cx="6" cy="10" r="1" fill="${c}"/>`,
};

function dataUrl(body: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12">${body}</svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/** The outcome's symbol (✓ ! ❐ ✕ ?) in `colour`, as a CSS image. */
export function outcomeIcon(outcome: Outcome, colour: string): string {
  return dataUrl(SYMBOL[outcome](colour));
}

/** The warning mark (⚠): a triangle in `colour` with an exclamation mark in `background`. */
export function warningIcon(colour: string, background: string): string {
  return dataUrl(
    `<path d="M6 1.2l5.3 9.5H.7z" fill="${colour}" stroke="${colour}" stroke-width=".8" stroke-linejoin="round"/><path d="M6 4.5v3" stroke="${background}" stroke-width="1.3" stroke-linecap="round"/><circle cx="6" cy="9.1" r=".75" fill="${background}"/>`,
  );
}

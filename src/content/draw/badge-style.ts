import type { Outcome } from '../../core/policy/outcome';
import { outcomeIcon, warningIcon } from './badge-icons';

/**
 * The badge's stylesheet, shared by every badge through one constructed sheet. The two segments
 * are the ::before and ::after boxes of one element in the shadow root, their text and outcome
 * read from its attributes (see badge.ts); page CSS cannot select anything in there. Rules on the
 * host itself are !important: from inside its shadow tree that beats any page rule, so page CSS
 * cannot hide, move or restyle the badge. Each outcome has a colour AND a symbol (drawn as a
 * picture, see badge-icons.ts); light and dark colours keep a contrast of 4.5:1 or more.
 *
 * A badge never makes its line taller, whatever the page's font, size and line height: the host
 * and everything in it are inline boxes with a line height of 0, so they add nothing to the height
 * of the line they sit in (an inline box's padding and border are painted, not laid out), and no
 * fallback font for a glyph can grow it. The badge may widen its line, as any word would.
 */
const OUTCOME_COLOURS: Record<Outcome | 'warning', [string, string, string, string]> = {
  // outcome: [light background, light text, dark background, dark text]
  direct: ['#dcf5e6', '#0a5226', '#0f3d22', '#b8f0cf'],
  warn: ['#fff1c2', '#5c4300', '#3d3000', '#ffe699'],
  copy: ['#ffe1cc', '#7a2e00', '#4a2206', '#ffcfad'],
  blocked: ['#ffd9d9', '#8a0a0a', '#4d0f0f', '#ffc2c2'],
  unknown: ['#eceff1', '#37444d', '#2a3238', '#d5dde2'],
  // The segment of a warning-only badge (a deceptive link of no platform): no outcome, no symbol.
  warning: ['#ffd9d9', '#8a0a0a', '#4d0f0f', '#ffc2c2'],
};

const FONT =
  'system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", "DejaVu Sans", sans-serif';

/** Room for the symbol after a segment's word, and for the warning mark before the first one. */
const SYMBOL_ROOM = 'calc(0.3em + 0.8em + 3px)';
const MARK_ROOM = 'calc(3px + 1em + 0.25em)';

function outcomeRules(dark: boolean): string {
  const rules: string[] = [];
  for (const [outcome, [lightBg, lightFg, darkBg, darkFg]] of Object.entries(OUTCOME_COLOURS)) {
    const [bg, fg] = dark ? [darkBg, darkFg] : [lightBg, lightFg];
    const symbol = outcome === 'warning' ? null : outcomeIcon(outcome as Outcome, fg);
    const colours = `background-color: ${bg}; color: ${fg}; background-image: ${symbol ?? 'none'};`;
    const mark = warningIcon(fg, bg);
    for (const slot of ['before', 'after']) {
      rules.push(`.face[data-out-${slot}="${outcome}"]::${slot} { ${colours} }`);
    }
    rules.push(
      `.face[data-mark][data-out-before="${outcome}"]::before { background-image: ${symbol ? `${mark}, ${symbol}` : mark}; }`,
    );
    rules.push(`.seg[data-outcome="${outcome}"] { ${colours} }`);
    if (!symbol) {
      rules.push(
        `.face[data-out-before="${outcome}"]::before, .face[data-out-after="${outcome}"]::after, .seg[data-outcome="${outcome}"] { padding-right: 4px; }`,
      );
    }
  }
  return rules.join('\n');
}

export const BADGE_CSS = `
:host {
  all: initial !important;
  display: inline !important;
  vertical-align: baseline !important;
  margin: 0 0 0 0.25em !important;
  padding: 0 !important;
  border: 0 !important;
  font: 600 11px/0 ${FONT} !important;
  -webkit-user-select: none !important;
  user-select: none !important;
  white-space: nowrap !important;
  direction: ltr !important;
  cursor: help !important;
  visibility: visible !important;
  opacity: 1 !important;
  position: static !important;
}
:host(:focus-visible) { outline: 2px solid #1a66d2 !important; outline-offset: 1px !important; }
.face {
  display: inline;
  padding: 1px 0;
  border: 1px solid #6b7780;
  border-radius: 4px;
  background: #6b7780;
}
:host([data-cll-warning]) .face { border-color: #b00020; background: #b00020; }
.face::before, .face::after, .seg {
  display: inline;
  padding: 1px ${SYMBOL_ROOM} 1px 4px;
  background-repeat: no-repeat;
  background-position: right 3px center;
  background-size: 0.8em 0.8em;
}
.face[data-mark]::before {
  padding-left: ${MARK_ROOM};
  background-position: left 3px center, right 3px center;
  background-size: 1em 1em, 0.8em 0.8em;
}
/* Rounded outer corners: the first shown segment's left ones, the last shown segment's right ones. */
.face::before { content: attr(data-seg-before); border-radius: 3px 0 0 3px; }
.face::after, .seg { border-left: 1px solid #6b7780; }
.face::after { content: attr(data-seg-after); border-radius: 0 3px 3px 0; }
.face:not([data-seg-after])::before, .face[data-hide-after]::before { border-radius: 3px; }
.face[data-hide-before]::after { border-left: 0; border-radius: 3px; }
.seg:last-child { border-radius: 0 3px 3px 0; }
.face[data-hide-before]::before, .face[data-hide-after]::after, .seg[hidden] { display: none; }
.face:not([data-seg-after])::after { display: none; }
${outcomeRules(false)}
.tip {
  position: fixed;
  inset: auto;
  margin: 0;
  max-width: 340px;
  padding: 8px 10px;
  border: 1px solid #6b7780;
  border-radius: 6px;
  background: #ffffff;
  color: #1d2b36;
  font: 400 12px/1.45 ${FONT};
  white-space: normal;
  box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
  text-align: start;
  cursor: auto;
}
.tip h2 { margin: 0 0 4px; font-size: 13px; font-weight: 700; }
.tip p { margin: 4px 0 0; }
.tip .small { color: #4a5a66; font-size: 11px; }
.tip details { margin: 4px 0 0; font-size: 11px; }
.tip summary { cursor: pointer; }
.tip blockquote { margin: 4px 0 0; padding-left: 6px; border-left: 2px solid #6b7780; }
@media (prefers-color-scheme: dark) {
  .face { border-color: #8fa0ab; background: #8fa0ab; }
  .face::after, .seg { border-left-color: #8fa0ab; }
  ${outcomeRules(true)}
  .tip { background: #1b2228; color: #e8eef2; border-color: #8fa0ab; }
  .tip .small { color: #b4c1ca; }
}
@media (prefers-reduced-motion: no-preference) {
  .tip:popover-open { animation: cll-fade 120ms ease-out; }
  @keyframes cll-fade { from { opacity: 0; } to { opacity: 1; } }
}
`;

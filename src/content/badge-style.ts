/**
 * The badge's stylesheet, shared by every badge through one constructed sheet. The two segments
 * are the ::before and ::after boxes of one element in the shadow root, their text and outcome
 * read from its attributes (see badge.ts); page CSS cannot select anything in there. Rules on the
 * host itself are !important: from inside its shadow tree that beats any page rule, so page CSS
 * cannot hide, move or restyle the badge. Each outcome has a colour AND a symbol; light and dark
 * colours keep a contrast of 4.5:1 or more.
 */
const OUTCOME_COLOURS: Record<string, [string, string, string, string]> = {
  // outcome: [light background, light text, dark background, dark text]
  direct: ['#dcf5e6', '#0a5226', '#0f3d22', '#b8f0cf'],
  warn: ['#fff1c2', '#5c4300', '#3d3000', '#ffe699'],
  copy: ['#ffe1cc', '#7a2e00', '#4a2206', '#ffcfad'],
  blocked: ['#ffd9d9', '#8a0a0a', '#4d0f0f', '#ffc2c2'],
  unknown: ['#eceff1', '#37444d', '#2a3238', '#d5dde2'],
};

const FONT =
  'system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", "DejaVu Sans", sans-serif';

function outcomeRules(dark: boolean): string {
  const rules: string[] = [];
  for (const [outcome, [lightBg, lightFg, darkBg, darkFg]] of Object.entries(OUTCOME_COLOURS)) {
    for (const slot of ['before', 'after']) {
      rules.push(
        `.face[data-out-${slot}="${outcome}"]::${slot} { background: ${dark ? darkBg : lightBg}; color: ${dark ? darkFg : lightFg}; }`,
      );
    }
    rules.push(
      `.seg[data-outcome="${outcome}"] { background: ${dark ? darkBg : lightBg}; color: ${dark ? darkFg : lightFg}; }`,
    );
  }
  return rules.join('\n');
}

export const BADGE_CSS = `
:host {
  all: initial !important;
  display: inline-block !important;
  vertical-align: baseline !important;
  margin: 0 0 0 0.25em !important;
  padding: 0 !important;
  border: 0 !important;
  font: 600 11px/1.35 ${FONT} !important;
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
  display: inline-block;
  border: 1px solid #6b7780;
  border-radius: 4px;
  background: #6b7780;
  overflow: hidden;
}
:host([data-cll-warning]) .face { border-color: #b00020; background: #b00020; }
.face::before, .face::after, .seg { padding: 0 4px; }
.face::before { content: attr(data-mark) attr(data-seg-before); }
.face::after, .seg { border-left: 1px solid #6b7780; }
.face::after { content: attr(data-seg-after); }
.face[data-hide-before]::before, .face[data-hide-after]::after, .seg[hidden] { display: none; }
.face:not([data-seg-after])::after { display: none; }
.face[data-hide-before]::after { border-left: 0; }
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

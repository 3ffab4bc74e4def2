/**
 * The content script the browser injects into every page: only this small loader. It runs at
 * document_start and does nothing until the page has loaded; then it imports the content
 * script's real work (content-main.js, see main.ts) from the extension. A page's own load is
 * therefore never delayed: a script injected at document_idle runs before the load event and
 * holds it back, even when it does almost nothing.
 *
 * Before the load it touches no extension API either: the first use of one makes the browser
 * build the API's bindings in the page's content-script world, at the page's expense. Nor does it
 * carry the extension API wrapper (webextension-polyfill) or the error log: the browser compiles
 * whatever the injected script holds before the page has loaded. After the load it reads the
 * module's address from the browser's own API object, which both browsers provide (`browser` in
 * Firefox, `chrome` in Chromium), and imports the error log's reporter only if that import fails.
 * Traced on a plain article in Chromium, this loader is all the extension costs the page before
 * its load event (`preload_cost_vs_minimal` in the benchmark).
 */
import { markReady } from './ready';

/** A page whose load event never comes (a resource that never finishes) is started anyway. */
const LOAD_WAIT_MS = 5000;

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

markReady(document);
if (document.readyState === 'complete') {
  start();
} else {
  // After the load event: `pageshow` comes right after it, so nothing of the extension runs
  // inside the page's load event. A page whose load never comes is started after a while anyway
  // (a timer, not a listener: nothing runs before then).
  const fallback = setTimeout(start, LOAD_WAIT_MS);
  window.addEventListener(
    'pageshow',
    () => {
      clearTimeout(fallback);
      setTimeout(start, 0);
    },
    { once: true },
  );
}

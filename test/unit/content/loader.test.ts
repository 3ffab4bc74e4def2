// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The loader as the browser runs it in a page still loading: an extension API object that records
 * every touch (webextension-polyfill returns a browser's own `browser` object as it is).
 */
function fakeExtensionApi() {
  const touched: string[] = [];
  const stored: Record<string, unknown> = {};
  const asked: string[] = [];
  const runtime = {
    id: 'test-extension',
    getURL: (path: string) => {
      asked.push(path);
      return `test-extension://unloadable/${path}`;
    },
  };
  const storage = {
    local: {
      get: async (key: string) => ({ [key]: stored[key] }),
      set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
    },
  };
  const api = {
    get runtime() {
      touched.push('runtime');
      return runtime;
    },
    get storage() {
      touched.push('storage');
      return storage;
    },
  };
  return { api, touched, stored, asked };
}

describe('the content script loader', () => {
  let fake: ReturnType<typeof fakeExtensionApi>;

  beforeEach(() => {
    vi.resetModules();
    fake = fakeExtensionApi();
    vi.stubGlobal('browser', fake.api);
    vi.stubGlobal('chrome', fake.api);
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    document.documentElement.removeAttribute('data-cll-ready');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(globalThis, 'chatLinkLensStart');
    Reflect.deleteProperty(document, 'readyState');
  });

  it('touches no extension API before the page has loaded, then imports the content script', async () => {
    await import('../../../src/content/loader');
    // Not even an attribute before the load: the page's DOM is as it was.
    expect(document.documentElement.hasAttribute('data-cll-ready')).toBe(false);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.touched).toEqual([]);

    window.dispatchEvent(new Event('load'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Nothing inside the load event either: it starts once the page is shown, after it.
    expect(fake.touched).toEqual([]);
    window.dispatchEvent(new Event('pageshow'));
    await vi.waitFor(() =>
      expect(document.documentElement.getAttribute('data-cll-ready')).toBe('1'),
    );
    // The import of content-main.js fails here (no extension to load it from): the loader then
    // imports the reporter of that failure (which cannot load here either).
    await vi.waitFor(() => expect(fake.asked).toEqual(['content-main.js', 'content-failure.js']), {
      timeout: 2000,
    });
    expect(fake.touched).toEqual(['runtime']);
  });

  it('sets no timer and passes no listener options before the load: the background starts a stalled page', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const listen = vi.spyOn(window, 'addEventListener');
    try {
      await import('../../../src/content/loader');
      expect(timers).not.toHaveBeenCalled();
      expect(listen.mock.calls.map((call) => [call[0], call.length])).toEqual([['pageshow', 2]]);
      const { CONTENT_START, startContent } = await import('../../../src/shared/content-start');
      // As the background runs it in every frame of a tab that has not loaded after a while.
      expect(startContent(CONTENT_START)).toBe(true);
      await vi.waitFor(() => expect(fake.asked[0]).toBe('content-main.js'), { timeout: 2000 });
      // The load that comes later does not start it a second time.
      window.dispatchEvent(new Event('pageshow'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(fake.asked.filter((path) => path === 'content-main.js')).toHaveLength(1);
    } finally {
      timers.mockRestore();
      listen.mockRestore();
    }
  });

  it('leaves nothing to start in a world where it has not run', async () => {
    const { startContent } = await import('../../../src/shared/content-start');
    expect(startContent('noSuchStart')).toBe(false);
  });

  it('reports a content script that could not be loaded in the error log', async () => {
    const { reportFailure } = await import('../../../src/content/content-failure');
    await reportFailure(new TypeError('Failed to fetch dynamically imported module'));
    expect(JSON.stringify(fake.stored.errorLog)).toMatch(/"context":"content".*Failed to fetch/);
  });

  it('is a few hundred bytes: no extension API wrapper, no error log inside', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(`${process.cwd()}/src/content/loader.ts`, 'utf8');
    const imports = [...source.matchAll(/^import .* from '(.*)';$/gm)].map((match) => match[1]);
    expect(imports).toEqual(['../shared/content-start', './ready']);
  });
});

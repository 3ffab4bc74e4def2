// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The loader as the browser runs it in a page still loading: an extension API object that records
 * every touch (webextension-polyfill returns a browser's own `browser` object as it is).
 */
function fakeExtensionApi() {
  const touched: string[] = [];
  const stored: Record<string, unknown> = {};
  const runtime = {
    id: 'test-extension',
    getURL: (path: string) => `test-extension://unloadable/${path}`,
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
  return { api, touched, stored };
}

describe('the content script loader', () => {
  let fake: ReturnType<typeof fakeExtensionApi>;

  beforeEach(() => {
    vi.resetModules();
    fake = fakeExtensionApi();
    vi.stubGlobal('browser', fake.api);
    vi.stubGlobal('chrome', fake.api);
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(document, 'readyState');
  });

  it('touches no extension API before the page has loaded, then imports the content script', async () => {
    await import('../../../src/content/loader');
    expect(document.documentElement.getAttribute('data-cll-ready')).toBe('1');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.touched).toEqual([]);

    window.dispatchEvent(new Event('load'));
    // The import of content-main.js fails here (no extension to load it from): it is logged.
    await vi.waitFor(() => expect(fake.stored.errorLog).toBeDefined(), { timeout: 2000 });
    expect(fake.touched[0]).toBe('runtime');
    expect(JSON.stringify(fake.stored.errorLog)).toContain('content');
  });
});

// Benchmark cases in a real browser with the built extension: badging cost against bare loops
// run in the same browser, appending, re-evaluating, long tasks, memory, and idle-page overhead.
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from '../browsers.mjs';
import { CHROMIUM_QUIET_FLAGS, launchWithExtension, openExtensionPage } from '../launch.mjs';
import { serve } from '../serve.mjs';
import { articlePage, extraLinksHtml, linkPage } from './pages.mjs';
import { preloadCost } from './preload-cost.mjs';
import { figure } from './stats.mjs';

/** @typedef {import('puppeteer-core').Page} Page */

/**
 * Loads a page with the extension switched off for the site, lets it settle (loaded and laid out),
 * then switches the site on and returns how long the content script took from its start to its
 * first full pass with every badge laid out; the longest task in between, and the total blocking
 * time (the sum over long tasks of their time beyond 50 ms). The page's own
 * loading work is thus kept out of the figure, as it is kept out of the baselines.
 */
async function firstPass(
  /** @type {Page} */ page,
  /** @type {string} */ url,
  /** @type {(on: boolean) => Promise<void>} */ siteOn,
) {
  await siteOn(false);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await collectGarbage(page);
  await siteOn(true);
  // The first pass that ends after the content script started (a pass may also be signalled as
  // it loads with the site switched off, which can come after the switch).
  await page.waitForFunction(
    () => {
      const start = performance.getEntriesByName('cll:start')[0]?.startTime;
      return start !== undefined && window.__passes.some((pass) => pass.at > start);
    },
    { timeout: 120_000, polling: 20 },
  );
  return page.evaluate(() => {
    const start = performance.getEntriesByName('cll:start')[0]?.startTime ?? Number.NaN;
    const end = window.__passes.find((pass) => pass.at > start)?.at ?? Number.NaN;
    const tasks = window.__longTasks.filter(([s, d]) => s + d > start && s < end);
    const longest = Math.max(0, ...tasks.map(([, d]) => d));
    // Total blocking time: what each long task takes beyond 50 ms.
    const blocking = tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    return {
      ms: end - start,
      longest,
      blocking,
      badges: document.querySelectorAll('cll-badge').length,
    };
  });
}

/** Cold start: the site is on as the page loads; from the content script's start to its first pass. */
async function coldPass(/** @type {Page} */ page, /** @type {string} */ url) {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(
    () => {
      const start = performance.getEntriesByName('cll:start')[0]?.startTime;
      return start !== undefined && window.__passes.some((pass) => pass.at > start);
    },
    { timeout: 120_000, polling: 20 },
  );
  return page.evaluate(() => {
    const start = performance.getEntriesByName('cll:start')[0]?.startTime ?? Number.NaN;
    return (window.__passes.find((pass) => pass.at > start)?.at ?? Number.NaN) - start;
  });
}

/** The same page without the extension running (about:blank, where no content script goes). */
async function baseline(
  /** @type {Page} */ page,
  /** @type {string} */ html,
  /** @type {boolean} */ insert,
) {
  await page.goto('about:blank');
  await page.setContent(html, { waitUntil: 'load' });
  await collectGarbage(page);
  return page.evaluate((withInsert) => window.__baseline(withInsert).ms, insert);
}

/**
 * The bare append: the page without the extension, 1,000 links appended and laid out, then a loop
 * over the appended links reading each href and inserting an empty element after each match, and
 * layout (only the loop and the layout are timed, as only the badging is in the extension's case).
 */
async function appendBaseline(
  /** @type {Page} */ page,
  /** @type {string} */ html,
  /** @type {string} */ extra,
) {
  await page.goto('about:blank');
  await page.setContent(html, { waitUntil: 'load' });
  await collectGarbage(page);
  return page.evaluate((more) => window.__appendBaseline(more).ms, extra);
}

/**
 * Collects the garbage the previous case left in the renderer (the same process serves every
 * page of the site), before a measured run and before a baseline alike, so neither pays for the
 * case before it. Chromium only: Firefox's driver has no such command.
 */
async function collectGarbage(/** @type {Page} */ page) {
  let session;
  try {
    session = await page.createCDPSession();
  } catch {
    return;
  }
  await session.send('HeapProfiler.collectGarbage');
  await session.detach();
}

async function waitNextPass(/** @type {Page} */ page, /** @type {number} */ before) {
  await page.waitForFunction(
    (n) => window.__passes.length > n,
    { timeout: 60_000, polling: 10 },
    before,
  );
}

/**
 * @param {{ runs: number, warmup: number, smoke: boolean, kind?: 'chromium' | 'firefox' }} options
 */
export async function pageCases({ runs, warmup, smoke, kind = 'chromium' }) {
  const pages = {
    page10k: linkPage({ links: 10_000, matching: 2_000 }),
    plain10k: linkPage({ links: 10_000, matching: 0 }),
    page100k: linkPage({ links: smoke ? 20_000 : 100_000, matching: smoke ? 4_000 : 20_000 }),
    spa: linkPage({ links: 500, matching: 100 }),
    article: articlePage({ words: 10_000 }),
  };
  const server = await serve(
    {},
    {
      routes: (path) => {
        const name = path.replace('/bench/', '');
        return name in pages
          ? { body: pages[/** @type {keyof typeof pages} */ (name)] }
          : undefined;
      },
    },
  );
  const launched = await launchWithExtension(kind);
  const settingsPage = await openExtensionPage(launched, 'options.html').catch(() =>
    openExtensionPage(launched, 'popup.html'),
  );
  const setDate = (/** @type {string} */ date) =>
    settingsPage.evaluate(async (value) => {
      const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
      await api.storage.sync.set({ 'settings.policyDate': value });
    }, date);
  const siteOn = (/** @type {boolean} */ on) =>
    settingsPage.evaluate(async (enabled) => {
      const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
      await api.storage.local.set({ 'settings.disabledSites': enabled ? [] : ['127.0.0.1'] });
    }, on);
  await setDate('2021-11-29');
  const page = await launched.browser.newPage();
  const url = (/** @type {string} */ name) => `${server.origin}/bench/${name}`;
  /** @type {Record<string, unknown>} */
  const results = {};
  try {
    // 10k links, 2k matching; plain 10k; appending; re-evaluating — interleaved with baselines.
    /** @type {Record<'page10k' | 'plain10k' | 'append' | 'appendVsBase' | 'rebadge' | 'fullMs' | 'baseInsert' | 'baseRead' | 'baseAppend', number[]>} */
    const r = {
      page10k: [],
      plain10k: [],
      append: [],
      appendVsBase: [],
      baseAppend: [],
      rebadge: [],
      fullMs: [],
      baseInsert: [],
      baseRead: [],
    };
    for (let i = 0; i < warmup + runs; i++) {
      const extra = extraLinksHtml(1000, 10_000 + i * 1000);
      const full = await firstPass(page, url('page10k'), siteOn);
      const before = await page.evaluate(() => window.__passes.length);
      const appendMs = await page.evaluate(async (html) => {
        const list = /** @type {HTMLElement} */ (document.getElementById('list'));
        list.insertAdjacentHTML('beforeend', html);
        void document.body.offsetHeight;
        const t0 = performance.now();
        const n = window.__passes.length;
        await new Promise((resolve) => {
          const check = () =>
            window.__passes.length > n ? resolve(undefined) : setTimeout(check, 2);
          check();
        });
        return (window.__passes[n]?.at ?? Number.NaN) - t0;
      }, extra);
      const beforeUpdate = before + 1;
      await setDate(i % 2 ? '2021-11-29' : '2021-12-02');
      await waitNextPass(page, beforeUpdate);
      const rebadgeMs = await page.evaluate(() => {
        const start = performance.getEntriesByName('cll:update')[0]?.startTime ?? Number.NaN;
        return (window.__passes.at(-1)?.at ?? Number.NaN) - start;
      });
      const baseInsert = await baseline(page, pages.page10k, true);
      const baseAppend = await appendBaseline(page, pages.page10k, extra);
      const plain = await firstPass(page, url('plain10k'), siteOn);
      const baseRead = await baseline(page, pages.plain10k, false);
      if (i < warmup) continue;
      r.page10k.push(full.ms / baseInsert);
      r.plain10k.push(plain.ms / baseRead);
      r.append.push(appendMs / full.ms);
      r.appendVsBase.push(appendMs / baseAppend);
      r.baseAppend.push(baseAppend);
      r.rebadge.push(rebadgeMs / full.ms);
      r.fullMs.push(full.ms);
      r.baseInsert.push(baseInsert);
      r.baseRead.push(baseRead);
      if (full.badges < 2000) throw new Error(`page10k: only ${full.badges} badges placed`);
    }
    Object.assign(results, {
      page10k_vs_baseline: figure(r.page10k),
      plain10k_vs_baseline: figure(r.plain10k),
      append1k_vs_baseline: figure(r.appendVsBase),
      append1k_vs_full: figure(r.append),
      rebadge_vs_full: figure(r.rebadge),
      page10k_ms: figure(r.fullMs, 1),
      baseline_insert10k_ms: figure(r.baseInsert, 1),
      baseline_read10k_ms: figure(r.baseRead, 1),
      baseline_append1k_ms: figure(r.baseAppend, 1),
    });

    // Firefox has no long-task entries and no CDP heap readings: its figures stop here.
    if (kind === 'firefox') return results;

    /** @type {number[]} */
    const cold = [];
    for (let i = 0; i < (smoke ? 1 : runs); i++) cold.push(await coldPass(page, url('page10k')));
    results.page10k_cold_ms = figure(cold, 1);

    // 100k links (20k matching), each run interleaved with its baselines in the same renderer:
    // the bare insert loop (its time and its blocking time: it is one task, so all it takes beyond
    // 50 ms), and the page's own floor, one empty element inserted by a bare script plus the
    // layout it costs, which bounds from below the longest task of anything that inserts.
    /** @type {Record<'vsBase' | 'longest' | 'vsFloor' | 'floor' | 'blockingVsBase' | 'blocking', number[]>} */
    const big = {
      vsBase: [],
      longest: [],
      vsFloor: [],
      floor: [],
      blockingVsBase: [],
      blocking: [],
    };
    // As many runs as the 10k cases: one run of this page moves by a third from the next here.
    for (let i = 0; i < (smoke ? 1 : runs); i++) {
      const pass = await firstPass(page, url('page100k'), siteOn);
      if (pass.badges < (smoke ? 4_000 : 20_000))
        throw new Error(`page100k: only ${pass.badges} badges placed`);
      const bare = await baseline(page, pages.page100k, true);
      const floor = await page.evaluate(() => window.__insertFloor());
      const bareBlocking = Math.max(0, bare - 50);
      big.vsBase.push(pass.ms / bare);
      big.longest.push(pass.longest);
      big.vsFloor.push(pass.longest / floor);
      big.floor.push(floor);
      big.blocking.push(pass.blocking);
      big.blockingVsBase.push(bareBlocking > 0 ? pass.blocking / bareBlocking : Number.NaN);
    }
    Object.assign(results, {
      page100k_vs_baseline: figure(big.vsBase),
      page100k_long_task_vs_floor: figure(big.vsFloor),
      page100k_blocking_vs_baseline: figure(big.blockingVsBase),
      page100k_long_task_max_ms: figure(big.longest, 1),
      page100k_one_insert_layout_ms: figure(big.floor, 1),
      page100k_blocking_ms: figure(big.blocking, 1),
    });

    // A single-page app replacing its list 200 times: JS heap growth after garbage collection.
    results.spa_heap_growth_mb = await spaHeapGrowth(page, url('spa'), smoke ? 20 : 200);
  } finally {
    await launched.close();
    if (kind === 'firefox') await server.close();
  }

  // A plain article with no links, with the extension ÷ without it (two browsers, interleaved).
  const idle = await idleOverhead(url('article'), runs, warmup, smoke);
  results.idle_page_overhead = idle.load;
  results.idle_page_cpu_overhead = idle.cpu;
  // The same article, traced: the extension's scripts before the load event ÷ a one-line script's.
  Object.assign(results, await preloadCost(url('article'), runs, warmup, smoke));
  await server.close();
  return results;
}

async function heapMb(/** @type {Page} */ page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / (1024 * 1024);
}

async function spaHeapGrowth(
  /** @type {Page} */ page,
  /** @type {string} */ url,
  /** @type {number} */ rounds,
) {
  await coldPass(page, url);
  const round = async (/** @type {number} */ n) => {
    const before = await page.evaluate(() => window.__passes.length);
    await page.evaluate(
      (html) => {
        const list = /** @type {HTMLElement} */ (document.getElementById('list'));
        list.replaceChildren();
        list.insertAdjacentHTML('beforeend', html);
      },
      extraLinksHtml(500, 1_000_000 + n * 500),
    );
    await waitNextPass(page, before);
  };
  const warm = Math.min(20, Math.floor(rounds / 4));
  for (let n = 0; n < warm; n++) await round(n);
  const start = await heapMb(page);
  for (let n = warm; n < rounds; n++) await round(n);
  const end = await heapMb(page);
  return Number((end - start).toFixed(2));
}

/** @param {string} url @param {number} runs @param {number} warmup @param {boolean} smoke */
export async function idleOverhead(url, runs, warmup, smoke) {
  const withExtension = await launchWithExtension('chromium');
  const args = [...CHROMIUM_QUIET_FLAGS];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const without = await puppeteer.launch({
    browser: 'chrome',
    executablePath: ensureBrowser('chromium'),
    headless: true,
    args,
  });
  const load = async (
    /** @type {import('puppeteer-core').Browser} */ browser,
    /** @type {boolean} */ waitPass,
  ) => {
    const page = await browser.newPage();
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    const task = async () =>
      (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
        ?.value ?? 0;
    const t0 = await task();
    await page.goto(url, { waitUntil: 'load' });
    if (waitPass) await page.waitForFunction(() => window.__passes.length > 0, { polling: 5 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const timing = await page.evaluate(() => {
      const nav = /** @type {PerformanceNavigationTiming} */ (
        performance.getEntriesByType('navigation')[0]
      );
      return nav.loadEventEnd;
    });
    const cpu = (await task()) - t0;
    await page.close();
    return { timing, cpu };
  };
  /** @type {number[]} */
  const loadRatios = [];
  /** @type {number[]} */
  const cpuRatios = [];
  try {
    // One page load varies by half its time on a busy machine: many interleaved pairs, each
    // pair in alternating order, and the median of their ratios.
    const pairs = smoke ? 1 : warmup + Math.max(20, runs * 4);
    for (let i = 0; i < pairs; i++) {
      const withFirst = i % 2 === 0;
      const first = await load(withFirst ? withExtension.browser : without, withFirst);
      const second = await load(withFirst ? without : withExtension.browser, !withFirst);
      const [a, b] = withFirst ? [first, second] : [second, first];
      if (i < warmup && !smoke) continue;
      loadRatios.push(a.timing / b.timing);
      cpuRatios.push(a.cpu / b.cpu);
    }
  } finally {
    await withExtension.close();
    await without.close();
  }
  return { load: figure(loadRatios), cpu: figure(cpuRatios) };
}

// What the extension costs a page before its load event, traced: the main-thread time of the
// extension's own scripts (evaluating content.js, the functions it runs, the import of its
// modules) from navigation to the page's load event, counted as the thread's running time (see
// extensionTimeBeforeLoad), against the same for a minimal extension whose content script is one
// line, declared the same way (document_start, all frames, its stylesheet). The wall-clock load
// ratio (idle_page_overhead) moves by ±0.1 from one run to the next here; the traced time of the
// scripts themselves is what the extension controls.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../launch.mjs';
import { figure } from './stats.mjs';

const root = new URL('../..', import.meta.url).pathname;
const CATEGORIES = ['devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading'];

/** A minimal extension: our content script declaration, its script one line, a worker. */
async function minimalExtension() {
  const built = JSON.parse(await readFile(join(root, 'dist/chromium/manifest.json'), 'utf8'));
  const dir = await mkdtemp(join(tmpdir(), 'cll-minimal-'));
  const declared = built.content_scripts[0];
  const manifest = {
    manifest_version: 3,
    name: 'minimal content script',
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ ...declared, js: ['content.js'], css: ['content.css'] }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'content.js'), 'document.documentElement.dataset.minimal = "1";\n');
  await writeFile(join(dir, 'content.css'), '');
  await writeFile(join(dir, 'background.js'), '');
  return dir;
}

/**
 * The extension's main-thread time (ms) before the main frame's load event in a trace, from the
 * complete events on that thread whose arguments name the extension's origin (an event nested in
 * another is counted once; one that runs past the load event, for its part before it):
 * - `thread`: the main thread's own running time in them (the events' thread durations, `tdur`),
 *   what the budget compares. Two browsers share two cores here while they are traced, and the
 *   wall-clock length of a 2 ms event also holds the time the thread waited for a core.
 * - `wall`: their wall-clock length, for the record.
 * @param {any[]} events
 * @param {string} origin
 * @returns {{ thread: number, wall: number }}
 */
export function extensionTimeBeforeLoad(events, origin) {
  const load = events.find(
    (e) => e.name === 'MarkLoad' && e.args?.data?.isOutermostMainFrame === true,
  );
  if (!load) throw new Error('trace has no load event of the main frame');
  const ours = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === load.pid &&
        e.tid === load.tid &&
        e.ts < load.ts &&
        JSON.stringify(e.args ?? {}).includes(origin),
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let wall = 0;
  let thread = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const e of ours) {
    const dur = e.dur ?? 0;
    const stop = Math.min(e.ts + dur, load.ts);
    if (stop <= end) continue;
    const counted = stop - Math.max(e.ts, end);
    wall += counted;
    if (dur > 0) thread += (e.tdur ?? dur) * (counted / dur);
    end = stop;
  }
  return { thread: thread / 1000, wall: wall / 1000 };
}

/**
 * @param {import('../launch.mjs').LaunchedBrowser} launched
 * @param {string} url
 */
async function tracedLoad(launched, url) {
  const page = await launched.browser.newPage();
  await page.goto('about:blank');
  await page.tracing.start({ categories: CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const buffer = await page.tracing.stop();
  // Ours marks the page once it starts, right after the load event.
  const ran = await page
    .waitForFunction(
      () =>
        document.documentElement.hasAttribute('data-minimal') ||
        document.documentElement.hasAttribute('data-cll-ready'),
      { timeout: 5_000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!ran) throw new Error(`preload cost: no content script ran on ${url}`);
  await page.close();
  if (!buffer) throw new Error('no trace');
  const trace = JSON.parse(Buffer.from(buffer).toString('utf8'));
  return extensionTimeBeforeLoad(trace.traceEvents ?? trace, launched.extensionOrigin);
}

/**
 * Interleaved pairs of traced loads of `url`, ours and the minimal extension's, alternating which
 * goes first. Returns the median ratio and both times.
 * @param {string} url @param {number} runs @param {number} warmup @param {boolean} smoke
 */
export async function preloadCost(url, runs, warmup, smoke) {
  const dir = await minimalExtension();
  const ours = await launchWithExtension('chromium');
  const minimal = await launchWithExtension('chromium', { extensionDir: dir });
  /** @type {number[]} */
  const ratios = [];
  /** @type {number[]} */
  const wallRatios = [];
  /** @type {number[]} */
  const oursMs = [];
  /** @type {number[]} */
  const minimalMs = [];
  try {
    // A browser registers an extension's content scripts a moment after it starts: one load
    // each first, so that every measured load has its content script.
    for (const launched of [ours, minimal]) {
      const page = await launched.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(
        () =>
          document.documentElement.hasAttribute('data-minimal') ||
          document.documentElement.hasAttribute('data-cll-ready'),
        { timeout: 20_000 },
      );
      await page.close();
    }
    // A few milliseconds either side, and single loads vary by twice that: many pairs.
    const pairs = smoke ? 1 : warmup + Math.max(24, runs * 5);
    for (let i = 0; i < pairs; i++) {
      const oursFirst = i % 2 === 0;
      let [a, b] = [
        { thread: 0, wall: 0 },
        { thread: 0, wall: 0 },
      ];
      // Now and then a trace holds none of the content script's events though it ran (checked
      // in tracedLoad): such a pair is traced again.
      for (let attempt = 0; attempt < 3 && (a.wall === 0 || b.wall === 0); attempt++) {
        const first = await tracedLoad(oursFirst ? ours : minimal, url);
        const second = await tracedLoad(oursFirst ? minimal : ours, url);
        [a, b] = oursFirst ? [first, second] : [second, first];
      }
      if (a.wall === 0 || b.wall === 0)
        throw new Error('preload cost: three traces in a row missed a content script');
      if (i < warmup && !smoke) continue;
      ratios.push(a.thread / b.thread);
      wallRatios.push(a.wall / b.wall);
      oursMs.push(a.thread);
      minimalMs.push(b.thread);
    }
  } finally {
    await ours.close();
    await minimal.close();
    await rm(dir, { recursive: true, force: true });
  }
  return {
    preload_cost_vs_minimal: figure(ratios),
    preload_wall_vs_minimal: figure(wallRatios),
    preload_ms: figure(oursMs, 2),
    preload_minimal_ms: figure(minimalMs, 2),
  };
}

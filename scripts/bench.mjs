// `npm run bench`: measures the extension and the core as ratios against baselines run side by
// side in the same run (these machines are noisy). Each case: warm-up, then several measured runs;
// the median and the spread (min..max) are reported.
//   --json       one JSON object on stdout, nothing else
//   --markdown   the README's "Performance" table
//   --check      exit 1 and name each figure over its budget
//   --smoke      one run per case, smaller inputs, no budgets (npm test runs this)
//   --runs N     measured runs per case (default 9)
//   --only core|pages   run one group of cases (budgets are then checked for that group only)
//   --firefox    also measure the page ratios in Firefox (keys ending in _firefox; no budgets)
import { statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyVsParse, cliThroughput } from './bench/core-cases.mjs';
import { pageCases } from './bench/page-cases.mjs';
import { buildAll } from './build.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Budgets: [key, limit, 'max' | 'min', what]. @type {[string, number, 'max' | 'min', string][]} */
export const BUDGETS = [
  [
    'classify_vs_parse',
    0.5,
    'min',
    'classifier throughput ÷ bare tldts.parse, 100,000 mixed inputs',
  ],
  [
    'cli_compact_vs_bare',
    0.5,
    'min',
    'lines/s of `check --json --compact` over 1,000,000 mixed stdin lines ÷ a bare Node pipeline (readline, `new URL`, `JSON.stringify` of the same records, batched writes)',
  ],
  ['cli_peak_rss_mb', 200, 'max', 'peak memory of `check --json` over 1,000,000 stdin lines (MB)'],
  [
    'page10k_vs_baseline',
    2,
    'max',
    '10,000 links (2,000 matching): injection to all badges laid out ÷ bare loop reading every href and inserting an empty element after each match',
  ],
  [
    'plain10k_vs_baseline',
    1.25,
    'max',
    '10,000 links, none matching ÷ bare loop reading every href',
  ],
  [
    'append1k_vs_baseline',
    3,
    'max',
    'badging 1,000 links appended to the 10k page ÷ bare loop over the appended links reading each href and inserting an empty element after each match, then layout',
  ],
  ['rebadge_vs_full', 0.25, 'max', 'changing the policy date ÷ full badging'],
  ['page100k_vs_baseline', 3, 'max', '100,000 links (20,000 matching), as page10k_vs_baseline'],
  [
    'page100k_long_task_vs_floor',
    1.25,
    'max',
    "100,000 links: longest main-thread task while badging ÷ the page's own task for one inserted element plus layout",
  ],
  [
    'page100k_blocking_vs_baseline',
    0.5,
    'max',
    '100,000 links: total blocking time (time beyond 50 ms of each task) of the pass ÷ that of the bare insert loop',
  ],
  [
    'preload_cost_vs_minimal',
    1.25,
    'max',
    "article page: the extension's main-thread script time before the load event, traced ÷ the same for a one-line content script",
  ],
  [
    'spa_heap_growth_mb',
    2,
    'max',
    "200 rounds of replacing a page's link list: JS heap growth after GC (MB)",
  ],
  ['content_js_kb', 160, 'max', 'content script, minified: the loader and content-main.js (KB)'],
  [
    'engine_js_kb',
    300,
    'max',
    'the engine the content script imports when a page has candidates (KB)',
  ],
];

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string', default: '9' },
    only: { type: 'string' },
    firefox: { type: 'boolean', default: false },
  },
});
if (values.only !== undefined && values.only !== 'core' && values.only !== 'pages') {
  process.stderr.write(`bench: --only takes "core" or "pages", not "${values.only}"\n`);
  process.exit(2);
}
const runCore = values.only !== 'pages';
const runPages = values.only !== 'core';
const smoke = values.smoke;
const runs = smoke ? 1 : Math.max(5, Number(values.runs) || 9);
const warmup = smoke ? 0 : 1;
const log = (/** @type {string} */ text) => {
  if (!values.json) process.stderr.write(`${text}\n`);
};

await buildAll();
const started = performance.now();
/** @type {Record<string, any>} */
const results = {};
const kb = (/** @type {string} */ file) =>
  Number((statSync(join(root, 'dist/chromium', file)).size / 1024).toFixed(1));
// The content script is the loader and the module it imports once the page has loaded.
results.content_js_kb = Number((kb('content.js') + kb('content-main.js')).toFixed(1));
results.content_loader_kb = kb('content.js');
results.engine_js_kb = kb('engine.js');
if (runCore) {
  log('core: classifier vs tldts.parse…');
  Object.assign(results, await classifyVsParse({ runs, warmup, count: smoke ? 20_000 : 100_000 }));
  log('core: command line over stdin…');
  Object.assign(results, await cliThroughput({ lines: smoke ? 20_000 : 1_000_000, runs }));
}
if (runPages) {
  log('pages: real headless Chromium with the extension…');
  Object.assign(results, await pageCases({ runs, warmup, smoke }));
  if (values.firefox) {
    log('pages: real headless Firefox with the extension…');
    const firefox = await pageCases({ runs, warmup, smoke, kind: 'firefox' });
    for (const [key, value] of Object.entries(firefox)) results[`${key}_firefox`] = value;
  }
}
results.machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  runs,
  smoke,
};
results.seconds = Math.round((performance.now() - started) / 1000);

const value = (/** @type {string} */ key) => {
  const v = results[key];
  return typeof v === 'object' && v !== null ? v.median : v;
};
const over = smoke
  ? []
  : BUDGETS.filter(([key, limit, kind]) => {
      if (values.only !== undefined && !(key in results)) return false;
      const v = value(/** @type {string} */ (key));
      return typeof v !== 'number' || Number.isNaN(v) || (kind === 'max' ? v > limit : v < limit);
    });

const show = (/** @type {any} */ v) =>
  typeof v === 'object' && v !== null ? `${v.median} (${v.min}–${v.max})` : String(v);

if (values.json) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else if (values.markdown) {
  const lines = ['| figure | measured: median (min–max) | budget | what |', '|---|---|---|---|'];
  for (const [key, limit, kind, what] of BUDGETS)
    if (key in results)
      lines.push(
        `| \`${key}\` | ${show(results[key])} | ${kind === 'max' ? '≤' : '≥'} ${limit} | ${what} |`,
      );
  for (const key of [
    'append1k_vs_full',
    'page100k_long_task_max_ms',
    'page100k_blocking_ms',
    'idle_page_overhead',
    'preload_ms',
    'preload_minimal_ms',
    'preload_wall_vs_minimal',
    'baseline_append1k_ms',
    'cli_json_vs_bare',
    'cli_lines_per_s',
    'bare_json_lines_per_s',
    'cli_compact_lines_per_s',
    'bare_compact_lines_per_s',
    'cli_json_bytes_per_line',
    'cli_compact_bytes_per_line',
    'classify_per_s',
    'tldts_parse_per_s',
    'page10k_ms',
    'baseline_insert10k_ms',
    'baseline_read10k_ms',
    'idle_page_cpu_overhead',
    'page100k_one_insert_layout_ms',
    ...Object.keys(results).filter((key) => key.endsWith('_firefox')),
  ]) {
    lines.push(`| \`${key}\` | ${show(results[key])} | | for the record |`);
  }
  lines.push(
    '',
    `Measured on ${results.machine.cpus} × ${results.machine.cpu}, Node ${results.machine.node}, ${runs} runs after ${warmup} warm-up, in ${results.seconds} s.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
} else {
  for (const [key, limit, kind] of BUDGETS) {
    // With --only, the figures of the other group were not measured: nothing to show.
    if (!(key in results)) continue;
    const mark = smoke ? ' ' : over.some(([k]) => k === key) ? '✗' : '✓';
    process.stdout.write(
      `${mark} ${String(key).padEnd(28)} ${show(results[key]).padEnd(26)} budget ${kind === 'max' ? '≤' : '≥'} ${limit}\n`,
    );
  }
  for (const key of Object.keys(results)) {
    if (BUDGETS.some(([k]) => k === key) || key === 'machine') continue;
    process.stdout.write(`  ${key.padEnd(28)} ${show(results[key])}\n`);
  }
}
if (values.check && over.length > 0) {
  process.stderr.write(
    `over budget: ${over.map(([key, limit, kind]) => `${key} = ${show(results[key])} (budget ${kind === 'max' ? '≤' : '≥'} ${limit})`).join('; ')}\n`,
  );
  process.exit(1);
}

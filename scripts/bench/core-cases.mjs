// Benchmark cases that run in Node: the classifier against bare tldts.parse, and the CLI.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse } from 'tldts';
import { inputMix } from './inputs.mjs';
import { figure } from './stats.mjs';

const root = new URL('../..', import.meta.url).pathname;

async function loadClassify() {
  const outfile = join(root, 'dist', 'bench-core.mjs');
  await build({
    stdin: {
      contents: "export { classify } from './src/core/classify';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  return /** @type {{ classify: (input: string) => { kind: string } }} */ (await import(outfile))
    .classify;
}

/** Classifier throughput ÷ tldts.parse throughput on the same 100,000 inputs, interleaved. */
/** @param {{ runs: number, warmup: number, count?: number }} options */
export async function classifyVsParse({ runs, warmup, count = 100_000 }) {
  const classify = await loadClassify();
  const inputs = inputMix(count);
  const time = (/** @type {(input: string) => unknown} */ fn) => {
    const t0 = performance.now();
    let sink = 0;
    for (const input of inputs) if (fn(input)) sink++;
    return { ms: performance.now() - t0, sink };
  };
  const ratios = [];
  const classifyRates = [];
  const parseRates = [];
  for (let i = 0; i < warmup + runs; i++) {
    const p = time((input) => parse(input));
    const c = time((input) => classify(input));
    if (i < warmup) continue;
    ratios.push(p.ms / c.ms);
    classifyRates.push(count / (c.ms / 1000));
    parseRates.push(count / (p.ms / 1000));
  }
  return {
    classify_vs_parse: figure(ratios),
    classify_per_s: figure(classifyRates, 0),
    tldts_parse_per_s: figure(parseRates, 0),
  };
}

const RSS_HOOK = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, '\\nCLL_MAX_RSS_KB ' + process.resourceUsage().maxRSS + '\\n'));",
)}`;

/** `chat-link-lens check --json` over `lines` stdin lines: lines per second and peak RSS. */
/** @param {{ lines: number }} options */
export async function cliThroughput({ lines }) {
  const inputs = inputMix(10_000, 99);
  const child = spawn(
    process.execPath,
    ['--import', RSS_HOOK, join(root, 'dist', 'cli.js'), 'check', '--json', '--at', '2021-11-29'],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let outLines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const t0 = performance.now();
  const done = new Promise((resolve) => child.on('exit', resolve));
  const batch = `${inputs.join('\n')}\n`;
  const batches = Math.ceil(lines / inputs.length);
  for (let i = 0; i < batches; i++) {
    const text =
      i === batches - 1 && lines % inputs.length
        ? `${inputs.slice(0, lines % inputs.length).join('\n')}\n`
        : batch;
    if (!child.stdin.write(text))
      await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  const code = await done;
  const seconds = (performance.now() - t0) / 1000;
  const rss = /CLL_MAX_RSS_KB (\d+)/.exec(stderr);
  if (code !== 0 || outLines !== lines || !rss) {
    throw new Error(
      `CLI run failed: exit ${code}, ${outLines}/${lines} lines, stderr: ${stderr.slice(0, 300)}`,
    );
  }
  return {
    cli_lines: lines,
    cli_lines_per_s: Math.round(lines / seconds),
    cli_peak_rss_mb: Number((Number(rss[1]) / 1024).toFixed(1)),
  };
}

// Benchmark cases that run in Node: the classifier against bare tldts.parse, and the CLI.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
      contents: "export { classify } from './src/core/classify/classify';",
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

/**
 * Pipes `lines` lines (the input list repeated) through `node ARGS`, counting the lines and bytes
 * it writes; resolves with the time taken, the output and the peak memory.
 * @param {string[]} args @param {Buffer} batch the input list, one per line @param {number} batchLines
 * @param {number} lines
 */
async function pipeThrough(args, batch, batchLines, lines) {
  const child = spawn(process.execPath, ['--import', RSS_HOOK, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let outLines = 0;
  let outBytes = 0;
  let stderr = '';
  child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
    outBytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const t0 = performance.now();
  const done = new Promise((resolve) => child.on('exit', resolve));
  for (let sent = 0; sent < lines; sent += batchLines) {
    const text = sent + batchLines > lines ? cut(batch, lines - sent) : batch;
    if (!child.stdin.write(text))
      await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  const code = await done;
  const seconds = (performance.now() - t0) / 1000;
  const rss = /CLL_MAX_RSS_KB (\d+)/.exec(stderr);
  if (code !== 0 || outLines !== lines || !rss) {
    throw new Error(
      `${args.join(' ')}: exit ${code}, ${outLines}/${lines} lines, stderr: ${stderr.slice(0, 300)}`,
    );
  }
  return { seconds, outBytes, rssMb: Number((Number(rss[1]) / 1024).toFixed(1)) };
}

/** The first `n` lines of a batch. @param {Buffer} batch @param {number} n */
function cut(batch, n) {
  let end = 0;
  for (let i = 0; i < n; i++) end = batch.indexOf(10, end) + 1;
  return batch.subarray(0, end);
}

/**
 * `chat-link-lens check --json --compact` and `check --json` over `lines` stdin lines (10,000
 * mixed inputs, repeated), each against a bare pipeline that writes the same records (see
 * bare-pipeline.mjs), run in turn: lines per second, their ratios, and peak memory.
 * @param {{ lines: number, runs: number, fullRuns?: number }} options
 */
export async function cliThroughput({ lines, runs, fullRuns = Math.min(runs, 3) }) {
  const inputs = inputMix(10_000, 99);
  const batch = Buffer.from(`${inputs.join('\n')}\n`);
  const cli = join(root, 'dist', 'cli.js');
  const bare = join(root, 'scripts', 'bench', 'bare-pipeline.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'cll-bench-'));
  /** @type {Record<string, any>} */
  const results = { cli_lines: lines };
  for (const mode of ['compact', 'json']) {
    const args = [cli, 'check', '--json', '--at', '2021-11-29'];
    if (mode === 'compact') args.push('--compact');
    // The records the CLI writes for the 10,000 inputs: what the bare pipeline writes too.
    const records = execFileSync(process.execPath, args, { input: batch, maxBuffer: 1 << 30 })
      .toString()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    if (records.length !== inputs.length) throw new Error(`${mode}: ${records.length} records`);
    const file = join(dir, `${mode}.json`);
    writeFileSync(file, JSON.stringify(records));
    const ratios = [];
    const cliRates = [];
    const bareRates = [];
    let rss = 0;
    let bytes = 0;
    for (let i = 0; i < (mode === 'compact' ? runs : fullRuns); i++) {
      const ours = await pipeThrough(args, batch, inputs.length, lines);
      const base = await pipeThrough([bare, file], batch, inputs.length, lines);
      if (base.outBytes !== ours.outBytes) {
        throw new Error(
          `${mode}: the bare pipeline wrote ${base.outBytes} bytes, the CLI ${ours.outBytes}`,
        );
      }
      ratios.push(base.seconds / ours.seconds);
      cliRates.push(lines / ours.seconds);
      bareRates.push(lines / base.seconds);
      rss = Math.max(rss, ours.rssMb);
      bytes = ours.outBytes;
    }
    const prefix = mode === 'compact' ? 'cli_compact' : 'cli_json';
    results[`${prefix}_vs_bare`] = figure(ratios);
    results[`${prefix === 'cli_json' ? 'cli' : prefix}_lines_per_s`] = figure(cliRates, 0);
    results[`bare_${mode}_lines_per_s`] = figure(bareRates, 0);
    results[`${prefix === 'cli_json' ? 'cli' : prefix}_peak_rss_mb`] = rss;
    results[`${prefix}_bytes_per_line`] = Math.round(bytes / lines);
  }
  rmSync(dir, { recursive: true, force: true });
  return results;
}

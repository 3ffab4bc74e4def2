// `npm run fuzz`: runs every fuzz target of test/fuzz/targets.ts with 10^6 cases in all (shared
// out by each target's scale), on worker threads, with a random seed; then streams 1 GB of random
// bytes, good lines and 10 MB lines through `chat-link-lens check --json` (test/fuzz/cli-stream.ts)
// and checks every record and the CLI's peak memory. Prints a summary; exits 1 on any failure.
//   --runs N      cases in all (default 1000000)
//   --seed S      seed (default: random); a failure names it, and
//                 FUZZ_SEED=S FUZZ_RUNS=N npx vitest run --project unit test/unit/fuzz replays it
//   --bytes N     bytes for the CLI (default 1 GiB; 0 skips that part)
//   --workers N   worker threads (default: the number of CPUs)
//   --stall S     seconds without progress after which a target counts as hung (default 120)
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const MAX_RSS_KB = 300 * 1024;

/** @typedef {typeof import('../test/fuzz/targets')} Targets */
/** @typedef {typeof import('../test/fuzz/cli-stream')} CliStream */
/** @typedef {import('../test/fuzz/targets').TargetRun} TargetRun */
/** @typedef {{ index: number, runs: number, seed: number, bundle: string }} Job */
/**
 * @typedef {{ type: 'progress', cases: number }
 *   | { type: 'done', run: TargetRun }
 *   | { type: 'failed', message: string }} WorkerMessage
 */

if (!isMainThread) {
  await runJob(/** @type {Job} */ (workerData));
} else {
  process.exitCode = await main();
}

/**
 * In a worker: runs one target, posting progress every 1000 cases so that the main thread can
 * tell a hang (an endless loop the target's time limit cannot catch) from slow work.
 * @param {Job} job
 */
async function runJob(job) {
  /** @type {Targets} */
  const targets = await import(pathToFileURL(join(job.bundle, 'targets.js')).href);
  const target = targets.FUZZ_TARGETS[job.index];
  const port = parentPort;
  if (!target || !port) throw new Error(`no target ${job.index}`);
  let cases = 0;
  const counted = {
    ...target,
    property: () => {
      const property = target.property();
      return {
        isAsync: () => property.isAsync(),
        generate: (/** @type {any} */ mrng, /** @type {number | undefined} */ runId) =>
          property.generate(mrng, runId),
        shrink: (/** @type {any} */ value) => property.shrink(value),
        runBeforeEach: () => property.runBeforeEach(),
        runAfterEach: () => property.runAfterEach(),
        run: (/** @type {unknown} */ value) => {
          cases += 1;
          if (cases % 1000 === 0) port.postMessage({ type: 'progress', cases });
          return property.run(value);
        },
      };
    },
  };
  try {
    const run = await targets.runTarget(counted, job.runs, job.seed);
    port.postMessage({ type: 'done', run });
  } catch (error) {
    port.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Bundles the fuzz targets, the CLI stream check and the CLI into a temporary folder. */
async function bundle() {
  const dir = mkdtempSync(join(tmpdir(), 'cll-fuzz-'));
  await build({
    entryPoints: {
      targets: join(root, 'test/fuzz/targets.ts'),
      'cli-stream': join(root, 'test/fuzz/cli-stream.ts'),
      cli: join(root, 'src/cli/main.ts'),
    },
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    charset: 'utf8',
  });
  return dir;
}

/**
 * Runs the jobs on `workers` threads, largest first.
 * @param {{ name: string, runs: number, index: number }[]} jobs
 * @param {{ bundle: string, seed: number, workers: number, stallSeconds: number }} options
 * @returns {Promise<{ runs: TargetRun[], failures: string[] }>}
 */
async function runTargets(jobs, options) {
  const queue = [...jobs].sort((a, b) => b.runs - a.runs);
  /** @type {TargetRun[]} */
  const runs = [];
  /** @type {string[]} */
  const failures = [];
  const next = async () => {
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
      const { name, runs: count, index } = job;
      const result = await runOne(index, count, options);
      if ('run' in result) {
        runs.push(result.run);
        console.log(`  ok   ${name}: ${count} cases, ${seconds(result.run.ms)}`);
      } else {
        failures.push(result.failure);
        console.log(`  FAIL ${name}\n${indent(result.failure)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.workers, jobs.length) }, next));
  return { runs, failures };
}

/**
 * @param {number} index
 * @param {number} runs
 * @param {{ bundle: string, seed: number, stallSeconds: number }} options
 * @returns {Promise<{ run: TargetRun } | { failure: string }>}
 */
function runOne(index, runs, options) {
  return new Promise((resolve) => {
    /** @type {Job} */
    const job = { index, runs, seed: options.seed, bundle: options.bundle };
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    let cases = 0;
    let settled = false;
    /** @param {{ run: TargetRun } | { failure: string }} result */
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      resolve(result);
      void worker.terminate();
    };
    let lastProgress = Date.now();
    const watchdog = setInterval(() => {
      if (Date.now() - lastProgress > options.stallSeconds * 1000) {
        settle({
          failure: `no progress for ${options.stallSeconds} s after ${cases} cases: a hang? (seed ${options.seed})`,
        });
      }
    }, 1000);
    worker.on('message', (/** @type {WorkerMessage} */ message) => {
      lastProgress = Date.now();
      if (message.type === 'progress') cases = message.cases;
      else if (message.type === 'done') settle({ run: message.run });
      else settle({ failure: message.message });
    });
    worker.on('error', (error) => settle({ failure: error.stack ?? String(error) }));
    worker.on('exit', (code) => settle({ failure: `worker exited with ${code}` }));
  });
}

/** @param {number} ms */
function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** @param {string} text */
function indent(text) {
  return text
    .split('\n')
    .map((line) => `       ${line}`)
    .join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1000000' },
      seed: { type: 'string' },
      bytes: { type: 'string', default: String(1024 ** 3) },
      workers: { type: 'string', default: String(availableParallelism()) },
      stall: { type: 'string', default: '120' },
    },
  });
  const total = Number(values.runs);
  const seed = values.seed === undefined ? (Math.random() * 2 ** 31) | 0 : Number(values.seed);
  const bytes = Number(values.bytes);
  const workers = Math.max(1, Number(values.workers));
  const stallSeconds = Number(values.stall);
  for (const [name, value] of Object.entries({ total, seed, bytes, workers, stallSeconds })) {
    if (!Number.isSafeInteger(value) || value < (name === 'seed' ? -(2 ** 31) : 0)) {
      console.error(`fuzz: bad --${name}`);
      return 2;
    }
  }
  console.log(`fuzz: seed ${seed}, ${total} cases, ${bytes} bytes for the CLI, ${workers} workers`);
  const started = performance.now();
  const dir = await bundle();
  try {
    /** @type {Targets} */
    const targets = await import(pathToFileURL(join(dir, 'targets.js')).href);
    const perTarget = targets.runsPerTarget(total);
    const jobs = targets.FUZZ_TARGETS.map((target, index) => ({
      name: target.name,
      runs: perTarget.get(target) ?? 0,
      index,
    }));
    const { runs, failures } = await runTargets(jobs, {
      bundle: dir,
      seed,
      workers,
      stallSeconds,
    });
    const targetMs = performance.now() - started;

    /** @type {string[]} */
    const cliProblems = [];
    /** @type {import('../test/fuzz/cli-stream').CliStreamReport | null} */
    let report = null;
    if (bytes > 0) {
      console.log(`fuzz: streaming ${bytes} bytes through the CLI…`);
      /** @type {CliStream} */
      const stream = await import(pathToFileURL(join(dir, 'cli-stream.js')).href);
      report = await stream.streamBadInput({
        cli: join(dir, 'cli.js'),
        bytes,
        seed,
        onProgress: (sent) => process.stdout.write(`  ${Math.round(sent / 1024 ** 2)} MB sent\r`),
      });
      cliProblems.push(...report.mismatches, ...report.stderrOther.map((l) => `stderr: ${l}`));
      if (report.signal !== null || report.exitCode !== (report.badLines > 0 ? 1 : 0)) {
        cliProblems.push(`exit ${report.exitCode} (signal ${report.signal})`);
      }
      if (report.goodAnswered !== report.goodLines) cliProblems.push('good lines not answered');
      if (report.errorRecords !== report.badLines || report.stderrErrors !== report.badLines) {
        cliProblems.push('bad lines without their error record or stderr line');
      }
      if (report.peakRssKb === null) cliProblems.push('peak memory unknown (no /proc)');
      else if (report.peakRssKb > MAX_RSS_KB) cliProblems.push(`peak memory over ${MAX_RSS_KB} kB`);
    }

    const cases = runs.reduce((sum, run) => sum + run.cases, 0);
    console.log('\nSummary');
    console.log(`  seed ${seed}`);
    for (const run of [...runs].sort((a, b) => a.name.localeCompare(b.name))) {
      console.log(
        `  ${run.name.padEnd(40)} ${String(run.cases).padStart(9)} cases ${seconds(run.ms).padStart(9)}`,
      );
    }
    console.log(
      `  ${'targets'.padEnd(40)} ${String(cases).padStart(9)} cases ${seconds(targetMs).padStart(9)}`,
    );
    if (report !== null) {
      const r = report;
      console.log(
        `  CLI: ${(r.bytesSent / 1024 ** 2).toFixed(0)} MB, ${r.lines} lines (${r.goodLines} good, all ${r.goodAnswered === r.goodLines ? '' : 'NOT '}answered; ${r.otherLines} other readable; ${r.badLines} bad, ${r.longLines} over-long), exit ${r.exitCode}, peak RSS ${r.peakRssKb === null ? '?' : `${Math.round(r.peakRssKb / 1024)} MB`}, ${r.seconds.toFixed(1)} s`,
      );
    }
    console.log(`  total ${seconds(performance.now() - started)}`);
    for (const problem of cliProblems.slice(0, 20)) console.log(`  CLI problem: ${problem}`);
    if (failures.length > 0 || cliProblems.length > 0) {
      console.log(
        `\nFAILED. Replay the targets with: FUZZ_SEED=${seed} FUZZ_RUNS=${total} npx vitest run --project unit test/unit/fuzz`,
      );
      return 1;
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

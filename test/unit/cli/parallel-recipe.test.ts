/**
 * The README's scale-out recipe: GNU parallel cuts stdin into blocks of whole lines, runs
 * `check --json --compact` on each, and with --keep-order writes their answers in input order.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputMix } from '../../../scripts/bench/inputs.mjs';
import { buildCli } from './cli-bundle';

const LINES = 200_000;

let cli: string;
let dir: string;
let inputFile: string;

function requireGnuParallel(): void {
  const probe = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
  if (probe.error || !/GNU parallel/.test(probe.stdout ?? '')) {
    throw new Error(
      'GNU parallel is not installed (or "parallel" is another program): the scale-out recipe ' +
        'test needs it. Install it, e.g. "apt-get install parallel" on Debian or Ubuntu.',
    );
  }
}

/** Runs a command with stdin from a file; resolves with its exit status, stdout and stderr. */
function runWithStdin(command: string, args: string[], stdinFile: string) {
  return new Promise<{ code: number | null; stdout: Buffer; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, { stdio: [openSync(stdinFile, 'r'), 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
  });
}

beforeAll(async () => {
  requireGnuParallel();
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'cll-parallel-'));
  inputFile = join(dir, 'links.txt');
  // Mixed links, share texts in Chinese, and a blank line and a CRLF line now and then.
  const lines: string[] = inputMix(LINES, 5);
  for (let i = 0; i < LINES; i += 9_973) lines[i] = '';
  for (let i = 7; i < LINES; i += 10_007) lines[i] = `${lines[i]}\r`;
  writeFileSync(inputFile, `${lines.join('\n')}\n`);
});

describe('GNU parallel recipe', () => {
  it('gives, over 200,000 lines cut into blocks, exactly the output of one process', async () => {
    const command = [process.execPath, cli, 'check', '--json', '--compact', '--at', '2021-11-29'];
    const single = await runWithStdin(command[0] as string, command.slice(1), inputFile);
    expect(single.code).toBe(0);
    const joblog = join(dir, 'jobs.log');
    const split = await runWithStdin(
      'parallel',
      ['--pipe', '--keep-order', '-j', '2', '--block', '2M', '--joblog', joblog, ...command],
      inputFile,
    );
    expect(split.code, split.stderr).toBe(0);
    // The input was really cut: one job per block of about 2 MB.
    const jobs = readFileSync(joblog, 'utf8').trim().split('\n').length - 1;
    expect(jobs).toBeGreaterThanOrEqual(4);
    expect(split.stdout.equals(single.stdout)).toBe(true);
    const answers = single.stdout.toString('utf8').trimEnd().split('\n');
    expect(answers.length).toBe(LINES - Math.ceil(LINES / 9_973));
    expect(answers.filter((line) => line.includes('"private":[')).length).toBeGreaterThan(
      LINES / 10,
    );
  }, 180_000);
});

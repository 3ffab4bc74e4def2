import { beforeAll, describe, expect, it } from 'vitest';
import { streamBadInput } from '../../fuzz/cli-stream';
import { DEFAULT_SEED, envInteger } from '../../fuzz/targets';
import { buildCli } from './cli-bundle';

let cli: string;
beforeAll(async () => {
  cli = await buildCli();
});

const MB = 1024 * 1024;

describe('chat-link-lens check --json on hostile stdin', () => {
  it('answers every line of 100 MB of random bytes, 10 MB lines and good lines, in bounded memory', async () => {
    const seed = envInteger('FUZZ_SEED', DEFAULT_SEED);
    const report = await streamBadInput({ cli, bytes: 100 * MB, seed });
    const summary = { seed, ...report, stderrOther: undefined, mismatches: undefined };
    // Every record matches its line: an answer for each readable line, an error for each other.
    expect(report.mismatches, JSON.stringify(summary)).toEqual([]);
    expect(report.stderrOther).toEqual([]);
    expect(report.signal).toBeNull();
    expect(report.exitCode).toBe(1);
    expect(report.bytesSent).toBeGreaterThanOrEqual(100 * MB);
    expect(report.goodLines).toBeGreaterThan(100);
    expect(report.goodAnswered).toBe(report.goodLines);
    expect(report.longLines).toBeGreaterThanOrEqual(1);
    expect(report.badLines).toBeGreaterThan(100_000);
    expect(report.errorRecords).toBe(report.badLines);
    expect(report.stderrErrors).toBe(report.badLines);
    expect(report.peakRssKb, 'peak memory of the CLI, from /proc').not.toBeNull();
    expect(report.peakRssKb).toBeLessThan(300 * 1024);
  }, 180_000);

  it('does the same with --compact: every line answered or reported, in bounded memory', async () => {
    const seed = envInteger('FUZZ_SEED', DEFAULT_SEED) + 1;
    const report = await streamBadInput({ cli, bytes: 30 * MB, seed, compact: true });
    const summary = { seed, ...report, stderrOther: undefined, mismatches: undefined };
    expect(report.mismatches, JSON.stringify(summary)).toEqual([]);
    expect(report.stderrOther).toEqual([]);
    expect(report.exitCode).toBe(1);
    expect(report.goodLines).toBeGreaterThan(10);
    expect(report.goodAnswered).toBe(report.goodLines);
    expect(report.badLines).toBeGreaterThan(10_000);
    expect(report.errorRecords).toBe(report.badLines);
    expect(report.stderrErrors).toBe(report.badLines);
    expect(report.peakRssKb).not.toBeNull();
    expect(report.peakRssKb).toBeLessThan(300 * 1024);
  }, 180_000);
});

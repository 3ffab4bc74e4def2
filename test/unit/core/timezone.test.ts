/**
 * Proves that answers do not depend on the machine's time zone: the boundary report is bundled
 * with esbuild and run in child Node processes under TZ=America/Los_Angeles and
 * TZ=Asia/Shanghai; both must equal each other and the expected table.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARY_CASES } from './support/boundary-cases';
import { computeReport, type Report } from './support/boundary-report';

interface ChildOutput {
  timezoneOffsetAtEpoch: number;
  timeZone: string;
  report: Report;
}

const ZONES = { 'America/Los_Angeles': 480, 'Asia/Shanghai': -480, UTC: 0 } as const;

let dir = '';
const outputs = new Map<string, ChildOutput>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chat-link-lens-tz-'));
  const script = join(dir, 'print-report.mjs');
  const built = buildSync({
    entryPoints: [fileURLToPath(new URL('./support/print-report.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = built.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild produced no output');
  writeFileSync(script, code);
  for (const zone of Object.keys(ZONES)) {
    const run = spawnSync(process.execPath, [script], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
      timeout: 30_000,
    });
    if (run.status !== 0) throw new Error(`child under TZ=${zone} failed: ${run.stderr}`);
    outputs.set(zone, JSON.parse(run.stdout) as ChildOutput);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('time-zone independence', () => {
  it('really ran the children in different time zones', () => {
    for (const [zone, offset] of Object.entries(ZONES)) {
      expect(outputs.get(zone)?.timezoneOffsetAtEpoch).toBe(offset);
    }
  });

  it('gives identical reports under every TZ, equal to this process', () => {
    const here = computeReport();
    for (const zone of Object.keys(ZONES)) {
      expect(outputs.get(zone)?.report).toEqual(here);
    }
  });

  it.each(Object.keys(ZONES))('matches the expected boundary table under TZ=%s', (zone) => {
    const cases = outputs.get(zone)?.report.cases ?? [];
    expect(cases).toHaveLength(BOUNDARY_CASES.length);
    const mismatches = BOUNDARY_CASES.flatMap((expected, i) => {
      const actual = cases[i];
      const ok =
        actual?.outcome === expected.outcome &&
        actual.rule === expected.rule &&
        actual.beyondRecord === (expected.beyondRecord ?? false);
      return ok ? [] : [`${expected.name}: got ${actual?.outcome} ${actual?.rule}`];
    });
    expect(mismatches).toEqual([]);
  });

  it.each(Object.keys(ZONES))('parses and formats dates identically under TZ=%s', (zone) => {
    const parsed = outputs.get(zone)?.report.parsed ?? [];
    const byText = Object.fromEntries(parsed.map((p) => [p.text, p.result]));
    expect(byText['2021-11-29']).toBe('2021-11-29T23:59:59.999+08:00');
    expect(byText['2021-11-29T20:00+08:00']).toBe('2021-11-29T20:00:00+08:00');
    expect(byText['2021-11-29T12:00:00Z']).toBe('2021-11-29T20:00:00+08:00');
    expect(byText['2021-11-29T04:00:00-08:00']).toBe('2021-11-29T20:00:00+08:00');
    expect(byText['2021-11-29T20:00']).toMatch(/^error: .*offset/);
    expect(byText['2021-02-30']).toMatch(/^error: /);
    const formatted = outputs.get(zone)?.report.formatted ?? [];
    expect(formatted.map((f) => f.iso)).toEqual([
      '1970-01-01T08:00:00+08:00',
      '2021-11-29T23:59:59.999+08:00',
      '2021-11-30T00:00:00+08:00',
      '2021-11-29T20:00:00+08:00',
      '1991-04-14T23:30:00+08:00',
    ]);
    expect(formatted.map((f) => f.day)).toEqual([
      '1970-01-01',
      '2021-11-29',
      '2021-11-30',
      '2021-11-29',
      '1991-04-14',
    ]);
  });
});

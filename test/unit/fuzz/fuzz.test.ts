/**
 * Runs every fuzz target of test/fuzz with DEFAULT_TOTAL_RUNS cases in all and a fixed seed.
 * FUZZ_RUNS and FUZZ_SEED change both (a failure prints the seed and path to replay it).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEED,
  DEFAULT_TOTAL_RUNS,
  envInteger,
  FUZZ_TARGETS,
  runsPerTarget,
  runTarget,
} from '../../fuzz/targets';

const total = envInteger('FUZZ_RUNS', DEFAULT_TOTAL_RUNS);
const seed = envInteger('FUZZ_SEED', DEFAULT_SEED);
const runs = runsPerTarget(total);

describe(`fuzz targets (${total} cases, seed ${seed})`, () => {
  it('share the cases so that they add up to at least the total', () => {
    const sum = [...runs.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThanOrEqual(total);
    for (const target of FUZZ_TARGETS) expect(runs.get(target)).toBeGreaterThan(0);
  });

  for (const target of FUZZ_TARGETS) {
    const numRuns = runs.get(target) ?? 0;
    it(`${target.name}: ${numRuns} cases`, { timeout: 60_000 + numRuns * 5 }, async () => {
      const run = await runTarget(target, numRuns, seed);
      expect(run.cases).toBe(numRuns);
    });
  }
});

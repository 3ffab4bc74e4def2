/**
 * The fuzz targets, each defined once as a fast-check property with its invariants. The unit
 * tests run them with about 10^5 cases in all (test/unit/fuzz), `npm run fuzz` with 10^6 or more
 * (scripts/fuzz.mjs). Every property fails on a thrown error, a broken invariant, or a call
 * slower than CALL_LIMIT_MS.
 */
import fc from 'fast-check';
import { classifyTarget, urlishTarget } from './classify-targets';
import { lineReaderTarget } from './line-reader-target';
import { rulesetJsonTarget, rulesetShapedTarget } from './ruleset-targets';
import { settingsTarget } from './settings-target';
import { plantedCodeTarget, shareCodeTarget } from './share-code-targets';

export interface FuzzTarget {
  name: string;
  /** This target's share of the cases: its numRuns is `total * scale / sum of all scales`. */
  scale: number;
  /** A fresh property (sync or async); it holds no state between runs. */
  property: () => fc.IRawProperty<unknown>;
}

export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  { name: 'classify: any string', scale: 3, property: classifyTarget },
  { name: 'classify: URL-ish text', scale: 3, property: urlishTarget },
  { name: 'share codes: any text', scale: 3, property: shareCodeTarget },
  { name: 'share codes: planted marks', scale: 1, property: plantedCodeTarget },
  { name: 'settings parser', scale: 2, property: settingsTarget },
  { name: 'ruleset validator: any JSON', scale: 1.5, property: rulesetJsonTarget },
  { name: 'ruleset validator: ruleset-shaped', scale: 1, property: rulesetShapedTarget },
  { name: 'CLI line reader', scale: 1, property: lineReaderTarget },
];

/** Cases in all for the unit tests. */
export const DEFAULT_TOTAL_RUNS = 100_000;
/** Seed of the unit tests, so that they are deterministic. */
export const DEFAULT_SEED = 20_211_129;

/** numRuns of each target for `total` cases in all (rounded up, so the sum is at least `total`). */
export function runsPerTarget(total: number): Map<FuzzTarget, number> {
  const sum = FUZZ_TARGETS.reduce((acc, target) => acc + target.scale, 0);
  return new Map(FUZZ_TARGETS.map((t) => [t, Math.ceil((total * t.scale) / sum)]));
}

/** The seed of one target: the run's seed mixed with the target's name. */
export function seedFor(seed: number, target: FuzzTarget): number {
  let hash = seed | 0;
  for (let i = 0; i < target.name.length; i++) {
    hash = Math.imul(hash ^ target.name.charCodeAt(i), 0x01000193);
  }
  return hash | 0;
}

/** Reads an integer setting from the environment (FUZZ_RUNS, FUZZ_SEED), or the default. */
export function envInteger(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${name}=${text} is not an integer`);
  return value;
}

export interface TargetRun {
  name: string;
  cases: number;
  seed: number;
  ms: number;
}

/**
 * Runs one target with `numRuns` cases. A failure throws fast-check's report (seed, path and the
 * shrunk counterexample), headed by the target's name.
 */
export async function runTarget(
  target: FuzzTarget,
  numRuns: number,
  runSeed: number,
): Promise<TargetRun> {
  const seed = seedFor(runSeed, target);
  const start = performance.now();
  try {
    await fc.assert(target.property(), { numRuns, seed, includeErrorInReport: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`fuzz target "${target.name}" failed (run seed ${runSeed}):\n${message}`);
  }
  return {
    name: target.name,
    cases: numRuns,
    seed,
    ms: performance.now() - start,
  };
}

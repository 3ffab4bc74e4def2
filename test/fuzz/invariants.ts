/** Small assertion helpers for the fuzz targets; they throw plain Errors, so any runner works. */
import { isDeepStrictEqual } from 'node:util';

/** Longest time one call of a target's function may take on the inputs the fuzzers build. */
export const CALL_LIMIT_MS = 50;

/** A short, printable form of a value for messages. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Throws `message` unless `condition` holds. */
export function check(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof message === 'string' ? message : message());
}

/** Throws unless `actual` and `expected` are deeply equal. */
export function checkEqual(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new Error(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

/**
 * Runs `fn` and fails when it takes longer than CALL_LIMIT_MS. A slow call is timed again twice
 * and only the fastest of the three counts, so that a pause of the machine (garbage collection,
 * another process) is not taken for a slow input.
 */
export function timed<T>(fn: () => T, what: () => string): T {
  let start = performance.now();
  const result = fn();
  let best = performance.now() - start;
  for (let retry = 0; retry < 2 && best > CALL_LIMIT_MS; retry++) {
    start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  check(
    best <= CALL_LIMIT_MS,
    () => `${what()} took ${best.toFixed(1)} ms (limit ${CALL_LIMIT_MS} ms)`,
  );
  return result;
}

/** `timed` for an async function. */
export async function timedAsync<T>(fn: () => Promise<T>, what: () => string): Promise<T> {
  let start = performance.now();
  const result = await fn();
  let best = performance.now() - start;
  for (let retry = 0; retry < 2 && best > CALL_LIMIT_MS; retry++) {
    start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  check(
    best <= CALL_LIMIT_MS,
    () => `${what()} took ${best.toFixed(1)} ms (limit ${CALL_LIMIT_MS} ms)`,
  );
  return result;
}

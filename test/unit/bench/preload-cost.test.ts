import { describe, expect, it } from 'vitest';
import { extensionTimeBeforeLoad } from '../../../scripts/bench/preload-cost.mjs';

const ORIGIN = 'chrome-extension://abc';
const main = { pid: 1, tid: 10 };
const ours = (name: string, ts: number, dur: number, where = main, tdur = dur / 2) => ({
  ...where,
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  args: { data: { url: `${ORIGIN}/content.js` } },
});
const load = {
  ...main,
  name: 'MarkLoad',
  ph: 'I',
  ts: 10_000,
  args: { data: { isOutermostMainFrame: true } },
};

describe("the extension's traced time before the load event", () => {
  it("adds up the extension's events on the page's main thread, nested ones once", () => {
    const events = [
      ours('EvaluateScript', 1_000, 3_000),
      ours('v8.compile', 1_100, 500), // inside EvaluateScript
      ours('FunctionCall', 5_000, 1_000),
      load,
    ];
    // Wall-clock 3 + 1 ms; the thread ran for half of each (1.5 + 0.5 ms).
    expect(extensionTimeBeforeLoad(events, ORIGIN)).toEqual({ wall: 4, thread: 2 });
  });

  it('leaves out what comes after the load event, other threads, and the page’s own scripts', () => {
    const events = [
      ours('EvaluateScript', 1_000, 2_000),
      ours('FunctionCall', 9_500, 2_000), // half of it before the load event
      ours('FunctionCall', 12_000, 5_000), // after it
      ours('EvaluateScript', 1_000, 5_000, { pid: 2, tid: 20 }), // another renderer
      {
        ...main,
        name: 'EvaluateScript',
        ph: 'X',
        ts: 3_000,
        dur: 4_000,
        args: { data: { url: 'http://127.0.0.1/page.js' } },
      },
      load,
    ];
    // 2 ms, and half of the 2 ms event that runs past the load (its thread time likewise).
    expect(extensionTimeBeforeLoad(events, ORIGIN)).toEqual({ wall: 2.5, thread: 1.25 });
  });

  it('counts the thread time of the outer event only, and wall time where a trace has no thread time', () => {
    const events = [
      ours('EvaluateScript', 1_000, 3_000, main, 1_000),
      ours('v8.run', 1_500, 2_000, main, 900), // inside: its thread time is the outer one's
      { ...ours('FunctionCall', 6_000, 1_000), tdur: undefined },
      load,
    ];
    expect(extensionTimeBeforeLoad(events, ORIGIN)).toEqual({ wall: 4, thread: 2 });
  });

  it('says so when the trace has no load event', () => {
    expect(() => extensionTimeBeforeLoad([ours('EvaluateScript', 0, 1)], ORIGIN)).toThrow(
      /no load event/,
    );
  });
});

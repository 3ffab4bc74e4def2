import { describe, expect, it } from 'vitest';
import { extensionTimeBeforeLoad } from '../../../scripts/bench/preload-cost.mjs';

const ORIGIN = 'chrome-extension://abc';
const main = { pid: 1, tid: 10 };
const ours = (name: string, ts: number, dur: number, where = main) => ({
  ...where,
  name,
  ph: 'X',
  ts,
  dur,
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
    expect(extensionTimeBeforeLoad(events, ORIGIN)).toBe(4);
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
    expect(extensionTimeBeforeLoad(events, ORIGIN)).toBe(2.5);
  });

  it('says so when the trace has no load event', () => {
    expect(() => extensionTimeBeforeLoad([ours('EvaluateScript', 0, 1)], ORIGIN)).toThrow(
      /no load event/,
    );
  });
});

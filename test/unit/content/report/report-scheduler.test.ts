// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleReports } from '../../../../src/content/report/report-scheduler';

/** How long the scheduler waits before a report (at most one report per this delay). */
const REPORT_DELAY_MS = 250;

import type { FrameReport } from '../../../../src/shared/messages';

const report = (items: number): FrameReport => ({
  url: 'https://a.example/',
  hostname: 'a.example',
  active: true,
  items: Array.from({ length: items }, () => ({
    kind: 'url' as const,
    input: 'https://item.jd.com/1.html',
    platform: 'jd',
    category: 'ecommerce' as const,
    outcomes: { private: 'direct' as const },
  })),
  truncated: false,
  startedAt: 1,
});

describe('scheduleReports', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    document.documentElement.removeAttribute('data-cll-passes');
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const pass = async (n: number) => {
    document.documentElement.setAttribute('data-cll-passes', String(n));
    await Promise.resolve(); // mutation observers run as microtasks
  };

  it('reports once at start and once after passes, at most once per delay', async () => {
    let items = 0;
    const sent: number[] = [];
    stop = scheduleReports(document, true, () => report(items), {
      report: (value) => sent.push(value.items.length),
      gone: () => {},
    });
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    expect(sent).toEqual([0]);
    items = 3;
    await pass(1);
    await pass(2);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    expect(sent).toEqual([0, 3]);
  });

  it('sends in an idle moment after the delay, and nothing once stopped', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options: { timeout: number }) => {
      expect(options.timeout).toBeGreaterThan(0);
      idle.push(callback);
      return idle.length;
    });
    try {
      const sent: number[] = [];
      const stopThis = scheduleReports(document, true, () => report(1), {
        report: (value) => sent.push(value.items.length),
        gone: () => {},
      });
      await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
      // Due, but the page is busy: it waits for the idle moment.
      expect(sent).toEqual([]);
      idle.shift()?.();
      expect(sent).toEqual([1]);
      await pass(1);
      await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
      stopThis();
      idle.shift()?.();
      expect(sent).toEqual([1]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('has a subframe stay silent until it has something to report', async () => {
    let items = 0;
    const sent: number[] = [];
    stop = scheduleReports(document, false, () => report(items), {
      report: (value) => sent.push(value.items.length),
      gone: () => sent.push(-1),
    });
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    window.dispatchEvent(new Event('pagehide'));
    expect(sent).toEqual([]);
    items = 2;
    await pass(1);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    items = 0;
    await pass(2);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    expect(sent).toEqual([2, 0]);
  });

  it('has a subframe report once it has a deceptive link, even with no items', async () => {
    let warned = false;
    const sent: boolean[] = [];
    stop = scheduleReports(
      document,
      false,
      () =>
        warned
          ? {
              ...report(0),
              warnings: [
                {
                  input: 'https://xn--tabao-sce.com/',
                  type: 'lookalike',
                  imitates: 'taobao',
                  host: 'xn--tabao-sce.com',
                  platform: null,
                },
              ],
            }
          : report(0),
      { report: (value) => sent.push(value.warnings !== undefined), gone: () => {} },
    );
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    expect(sent).toEqual([]);
    warned = true;
    await pass(1);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    expect(sent).toEqual([true]);
  });

  it('says the frame is gone when the page is hidden, and reports again when it comes back', async () => {
    const events: string[] = [];
    stop = scheduleReports(document, true, () => report(1), {
      report: () => events.push('report'),
      gone: () => events.push('gone'),
    });
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    window.dispatchEvent(new Event('pagehide'));
    const show = new Event('pageshow') as Event & { persisted: boolean };
    Object.defineProperty(show, 'persisted', { value: true });
    window.dispatchEvent(show);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    expect(events).toEqual(['report', 'gone', 'report']);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineGate } from '../../../src/content/engine-gate';
import type { Engine } from '../../../src/content/engine-loader';

const ENGINE = { name: 'engine' } as unknown as Engine;

afterEach(() => {
  vi.useRealTimers();
});

describe('EngineGate', () => {
  it('imports the engine once, on the first work that needs it, and hands the work back in order', async () => {
    const source = vi.fn(async () => ENGINE);
    const loaded = vi.fn();
    const gate = new EngineGate(source, loaded, () => {});
    expect(gate.busy).toBe(false);
    expect(source).not.toHaveBeenCalled();
    const ran: string[] = [];
    gate.wait(() => ran.push('a'));
    gate.wait(() => ran.push('b'));
    expect(gate.busy).toBe(true);
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledWith(ENGINE));
    expect(source).toHaveBeenCalledTimes(1);
    expect(gate.ready).toBe(ENGINE);
    for (const job of gate.takeWaiting()) job();
    expect(ran).toEqual(['a', 'b']);
    expect(gate.busy).toBe(false);
    expect(gate.takeWaiting()).toEqual([]);
  });

  it('starts the import ahead of the work when asked, and still imports only once', async () => {
    const source = vi.fn(async () => ENGINE);
    const loaded = vi.fn();
    const gate = new EngineGate(source, loaded, () => {});
    expect(gate.requested).toBe(false);
    gate.want();
    expect(gate.requested).toBe(true);
    expect(source).toHaveBeenCalledTimes(1);
    // Nothing waits yet: a pass may end meanwhile.
    expect(gate.busy).toBe(false);
    const ran: string[] = [];
    gate.wait(() => ran.push('a'));
    gate.want();
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledWith(ENGINE));
    expect(source).toHaveBeenCalledTimes(1);
    for (const job of gate.takeWaiting()) job();
    expect(ran).toEqual(['a']);
  });

  it('tries a failed import again, and reports the error after the last attempt', async () => {
    vi.useFakeTimers();
    const source = vi.fn(async (): Promise<Engine> => {
      throw new Error('busy');
    });
    const errors: unknown[] = [];
    const gate = new EngineGate(
      source,
      () => {},
      (error) => errors.push(error),
    );
    gate.wait(() => {});
    expect(gate.importing).toBe(true);
    await vi.runAllTimersAsync();
    expect(source).toHaveBeenCalledTimes(3);
    // Given up: the work queue goes back to its usual slices.
    expect(gate.importing).toBe(false);
    expect(errors).toEqual([new Error('busy')]);
    expect(gate.ready).toBeNull();
    // The work still waits: a pass is not over while it does.
    expect(gate.busy).toBe(true);
  });
});

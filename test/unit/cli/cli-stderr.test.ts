import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from './cli-bundle';

let cli: string;
beforeAll(async () => {
  cli = await buildCli();
});

/** Seeded bytes (xorshift32): lines of about 256 bytes, nearly all of them not UTF-8. */
function randomBytes(length: number, seed: number): Buffer {
  const words = new Uint32Array(Math.ceil(length / 4));
  let x = seed;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return Buffer.from(words.buffer, 0, length);
}

describe('chat-link-lens check: messages on stderr', () => {
  it('waits for a slow reader of stderr instead of holding its messages in memory', async () => {
    const child = spawn(process.execPath, [cli, 'check', '--json'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let running = true;
    void exited.then(() => {
      running = false;
    });
    let records = 0;
    let lastOutput = Date.now();
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) records += 1;
      lastOutput = Date.now();
    });
    let messages = 0;
    child.stderr.pause();
    child.stdin.end(randomBytes(8 * 1024 * 1024, 20211129));

    // While nobody reads stderr, the CLI stops once the pipe is full, and so does its output.
    while (running && Date.now() - lastOutput < 1500) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const whilePaused = records;
    expect(running).toBe(true);
    child.stderr.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) messages += 1;
    });
    child.stderr.resume();
    expect(await exited).toBe(1);
    expect(records).toBeGreaterThan(20_000);
    expect(whilePaused).toBeLessThan(records / 4);
    expect(messages).toBeGreaterThan(records * 0.9);
  });
});

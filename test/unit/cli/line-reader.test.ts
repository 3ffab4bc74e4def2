import { describe, expect, it } from 'vitest';
import { type LineItem, readLines } from '../../../src/cli/line-reader';

async function* chunks(...parts: (string | number[])[]): AsyncGenerator<Uint8Array | string> {
  for (const part of parts) yield typeof part === 'string' ? part : Uint8Array.from(part);
}

async function read(stream: AsyncIterable<Uint8Array | string>, max?: number) {
  const items: LineItem[] = [];
  for await (const item of readLines(stream, max)) items.push(item);
  return items;
}

describe('readLines', () => {
  it('reads lines split anywhere, drops a trailing "\\r" and reads a last line without "\\n"', async () => {
    expect(await read(chunks('ab', 'c\r\n\nd', [0xe4, 0xbd], [0xa0, 0x0a], 'last'))).toEqual([
      { line: 'abc', number: 1 },
      { line: '', number: 2 },
      { line: 'd你', number: 3 },
      { line: 'last', number: 4 },
    ]);
  });

  it('turns a line that is not UTF-8 into an error with a preview, and reads on', async () => {
    expect(await read(chunks([0x61, 0xc0, 0xaf, 0x0a], 'ok\n'))).toEqual([
      { error: 'line is not valid UTF-8', preview: 'a\ufffd\ufffd', number: 1 },
      { line: 'ok', number: 2 },
    ]);
  });

  it('previews the first 80 bytes of an over-long line however the line was cut', async () => {
    const line = 'x'.repeat(30) + 'y'.repeat(100);
    const expected = [
      { error: 'line is longer than 20 bytes', preview: line.slice(0, 80), number: 1 },
      { line: 'next', number: 2 },
    ];
    // Once in one chunk, once cut before the limit, once cut into pieces of 7 bytes.
    expect(await read(chunks(`${line}\nnext`), 20)).toEqual(expected);
    expect(await read(chunks(line.slice(0, 25), `${line.slice(25)}\nnext`), 20)).toEqual(expected);
    const pieces = line.match(/.{1,7}/g) ?? [];
    expect(await read(chunks(...pieces, '\nnext'), 20)).toEqual(expected);
  });

  it('previews an over-long last line that has no "\\n" the same way', async () => {
    const line = 'z'.repeat(90);
    expect(await read(chunks(line.slice(0, 3), line.slice(3)), 2)).toEqual([
      { error: 'line is longer than 2 bytes', preview: line.slice(0, 80), number: 1 },
    ]);
  });
});

/** Fuzz target for the CLI's line reader: any byte chunks, split anywhere, give the same lines. */
import fc from 'fast-check';
import { type LineItem, readLines } from '../../src/cli/line-reader';
import { byteStream } from './arbitraries';
import { check, checkEqual, show, timedAsync } from './invariants';

const PREVIEW_BYTES = 80;
const lenient = new TextDecoder('utf-8');
const fatal = new TextDecoder('utf-8', { fatal: true });
const exact = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The lines of `bytes` as the reader documents them, computed on the whole input at once: lines
 * end at "\n"; a final line without one counts unless empty; a line longer than `max` bytes or
 * not valid UTF-8 (once a trailing "\r" is dropped) is an error with an 80-byte preview.
 */
function expectedLines(bytes: Uint8Array, max: number): LineItem[] {
  const items: LineItem[] = [];
  let start = 0;
  let number = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const line = bytes.subarray(start, end);
    number += 1;
    if (line.length > max) {
      const preview = lenient.decode(line.subarray(0, PREVIEW_BYTES));
      items.push({ error: `line is longer than ${max} bytes`, preview, number });
    } else {
      const body = line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
      try {
        items.push({ line: fatal.decode(body), number });
      } catch {
        const preview = lenient.decode(body.subarray(0, PREVIEW_BYTES));
        items.push({ error: 'line is not valid UTF-8', preview, number });
      }
    }
    if (newline === -1) break;
    start = newline + 1;
    if (start === bytes.length) break;
  }
  return items;
}

type ChunkMode = 'bytes' | 'text' | 'reused';

/**
 * `bytes` cut at `cuts` into chunks. "text" gives chunks that are valid UTF-8 on their own as
 * strings; "reused" hands out views of one buffer that is overwritten once the reader asks for
 * the next chunk, as a stream that recycles its buffer would.
 */
async function* chunked(
  bytes: Uint8Array,
  cuts: number[],
  mode: ChunkMode,
): AsyncGenerator<Uint8Array | string> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const shared = new Uint8Array(bytes.length);
  let from = 0;
  for (const to of [...points, bytes.length]) {
    const chunk = bytes.subarray(from, to);
    from = to;
    if (mode === 'reused') {
      shared.set(chunk);
      yield shared.subarray(0, chunk.length);
      shared.fill(0x0a);
    } else if (mode === 'text') {
      let text: string | null = null;
      try {
        text = exact.decode(chunk);
      } catch {
        text = null;
      }
      yield text ?? chunk.slice();
    } else {
      yield chunk.slice();
    }
  }
}

async function collect(stream: AsyncIterable<Uint8Array | string>, max: number) {
  const items: LineItem[] = [];
  for await (const item of readLines(stream, max)) items.push(item);
  return items;
}

export const lineReaderTarget = () =>
  fc.asyncProperty(
    byteStream,
    fc.array(fc.nat(), { maxLength: 12 }),
    fc.constantFrom<ChunkMode>('bytes', 'text', 'reused'),
    fc.oneof(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 17, max: 300 })),
    async (bytes, cuts, mode, max) => {
      const what = () => `readLines(${show([...bytes])}, cut at ${show(cuts)} as ${mode}, ${max})`;
      const expected = expectedLines(bytes, max);
      const whole = await timedAsync(() => collect(chunked(bytes, [], 'bytes'), max), what);
      checkEqual(whole, expected, `${what()} in one chunk`);
      const split = await timedAsync(() => collect(chunked(bytes, cuts, mode), max), what);
      checkEqual(split, expected, what());
      for (const item of split) {
        if ('line' in item) {
          check(new TextEncoder().encode(item.line).length <= max, `${what()}: line too long`);
        } else {
          check(item.preview.length <= PREVIEW_BYTES, `${what()}: preview too long`);
        }
      }
    },
  );

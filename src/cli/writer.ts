import type { Writable } from 'node:stream';

const FLUSH_BYTES = 64 * 1024;
// biome-ignore lint/suspicious/noControlCharactersInRegex: any character outside ASCII.
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Buffered line output that respects back-pressure, so a million answers stream out in bounded
 * memory. An EPIPE (the reader went away, as with `| head`) ends the output quietly and sets
 * `closed`. `flushBytes` 0 writes every line at once (for messages on stderr).
 *
 * `push` only appends (no promise per line); when it returns true the buffer is full and the
 * caller awaits `flush()` before pushing more. ASCII lines are joined in a string encoded once
 * per flush; a line with other characters is encoded on its own, so that one Chinese share text
 * does not turn the whole joined string into a slower two-byte string.
 */
export function createWriter(stream: Writable, flushBytes = FLUSH_BYTES) {
  let text = '';
  let chunks: Buffer[] = [];
  let chunkBytes = 0;
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  const seal = () => {
    if (text === '') return;
    // ASCII only: Latin-1 and UTF-8 give the same bytes, and Latin-1 is the cheaper encoder.
    chunks.push(Buffer.from(text, 'latin1'));
    chunkBytes += text.length;
    text = '';
  };
  const take = (): Buffer | null => {
    seal();
    const data =
      chunks.length === 0
        ? null
        : chunks.length === 1
          ? chunks[0]
          : Buffer.concat(chunks, chunkBytes);
    chunks = [];
    chunkBytes = 0;
    return data ?? null;
  };
  const flush = async () => {
    const data = take();
    if (closed || data === null) return;
    if (!stream.write(data)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
      });
    }
  };
  const push = (line: string): boolean => {
    if (NON_ASCII.test(line)) {
      seal();
      const bytes = Buffer.from(`${line}\n`);
      chunks.push(bytes);
      chunkBytes += bytes.length;
    } else {
      text += `${line}\n`;
    }
    return chunkBytes + text.length >= flushBytes;
  };
  return {
    /** True once the reader has gone away: nothing more will be written. */
    get closed(): boolean {
      return closed;
    },
    /** Appends a line; true when the buffer should now be flushed. */
    push,
    flush,
    async line(line: string): Promise<void> {
      if (push(line)) await flush();
    },
    async end(): Promise<void> {
      await flush();
    },
  };
}

export type Writer = ReturnType<typeof createWriter>;

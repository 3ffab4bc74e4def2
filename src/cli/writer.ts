import type { Writable } from 'node:stream';

const FLUSH_BYTES = 64 * 1024;

/**
 * Buffered line output that respects back-pressure, so a million answers stream out in bounded
 * memory. An EPIPE (the reader went away, as with `| head`) ends the output quietly.
 * `flushBytes` 0 writes every line at once (for messages on stderr).
 */
export function createWriter(stream: Writable, flushBytes = FLUSH_BYTES) {
  let buffer = '';
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  const flush = async () => {
    if (closed || buffer === '') return;
    const text = buffer;
    buffer = '';
    if (!stream.write(text)) {
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
  return {
    async line(text: string): Promise<void> {
      buffer += `${text}\n`;
      if (buffer.length >= flushBytes) await flush();
    },
    async end(): Promise<void> {
      await flush();
    },
  };
}

/**
 * Reads lines from a byte stream in bounded memory. A line longer than `maxLineBytes`, or one that
 * is not valid UTF-8, becomes an error item (with a short preview) and never stops the lines after
 * it. A final line without a newline is still read; a trailing "\r" is dropped.
 */
export type LineItem =
  | { line: string; number: number }
  | { error: string; preview: string; number: number };

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;
/** Bytes of a bad line shown in its error item. */
const PREVIEW_BYTES = 80;

const NEWLINE = 0x0a;
const fatalDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

function overflowError(head: Uint8Array, maxLineBytes: number, number: number): LineItem {
  return {
    error: `line is longer than ${maxLineBytes} bytes`,
    preview: lenientDecoder.decode(head),
    number,
  };
}

function decodeLine(bytes: Uint8Array, number: number): LineItem {
  const end =
    bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  const body = bytes.subarray(0, end);
  try {
    return { line: fatalDecoder.decode(body), number };
  } catch {
    return {
      error: 'line is not valid UTF-8',
      preview: lenientDecoder.decode(body.subarray(0, PREVIEW_BYTES)),
      number,
    };
  }
}

export async function* readLines(
  stream: AsyncIterable<Uint8Array | string>,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<LineItem> {
  let parts: Uint8Array[] = [];
  let partsLength = 0;
  // The first PREVIEW_BYTES bytes of an over-long line, kept while the rest of it is skipped.
  let overflowPreview: Uint8Array | null = null;
  let number = 0;
  const encoder = new TextEncoder();

  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? encoder.encode(raw) : raw;
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline;
      const piece = chunk.subarray(start, end);
      if (overflowPreview !== null) {
        // However the line was cut into chunks, the preview is its first PREVIEW_BYTES bytes.
        if (overflowPreview.length < PREVIEW_BYTES && piece.length > 0) {
          overflowPreview = concat([overflowPreview, piece]).slice(0, PREVIEW_BYTES);
        }
      } else if (partsLength + piece.length > maxLineBytes) {
        overflowPreview = concat([...parts, piece]).slice(0, PREVIEW_BYTES);
        parts = [];
        partsLength = 0;
      } else if (piece.length > 0) {
        // Copy: the stream may reuse its buffer.
        parts.push(newline === -1 ? piece.slice() : piece);
        partsLength += piece.length;
      }
      if (newline === -1) break;
      number += 1;
      if (overflowPreview !== null) {
        yield overflowError(overflowPreview, maxLineBytes, number);
        overflowPreview = null;
      } else {
        yield decodeLine(concat(parts), number);
      }
      parts = [];
      partsLength = 0;
      start = newline + 1;
    }
  }
  if (overflowPreview !== null) {
    yield overflowError(overflowPreview, maxLineBytes, number + 1);
  } else if (partsLength > 0) {
    yield decodeLine(concat(parts), number + 1);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

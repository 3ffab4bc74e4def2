/**
 * Reads lines from a byte stream in bounded memory. A line longer than `maxLineBytes`, or one that
 * is not valid UTF-8, becomes an error item (with a short preview) and never stops the lines after
 * it. A final line without a newline is still read; a trailing "\r" is dropped.
 *
 * Lines come in batches, one per chunk of the stream: the lines that lie wholly inside a chunk
 * are decoded with one call and split (a million lines cost a few hundred decoder calls, not a
 * million), and only a line cut across chunks, an over-long one or a bad one is read byte by byte.
 */
export type LineItem =
  | { line: string; number: number }
  | { error: string; preview: string; number: number };

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;
/** Bytes of a bad line shown in its error item. */
const PREVIEW_BYTES = 80;

const NEWLINE = 0x0a;
const CR = 0x0d;
const fatalDecoder = new TextDecoder('utf-8', { fatal: true });
/** For many lines at once: a byte order mark is dropped per line below, as `fatalDecoder` does. */
const blockDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8');

function overflowError(head: Uint8Array, maxLineBytes: number, number: number): LineItem {
  return {
    error: `line is longer than ${maxLineBytes} bytes`,
    preview: lenientDecoder.decode(head),
    number,
  };
}

function decodeLine(bytes: Uint8Array, number: number): LineItem {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
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

/**
 * Decodes `region` (whole lines joined by "\n", without the last "\n") in one call and pushes
 * its lines; false, pushing nothing, when some line is not UTF-8.
 */
function pushDecodedLines(region: Uint8Array, firstNumber: number, batch: LineItem[]): boolean {
  let text: string;
  try {
    text = blockDecoder.decode(region);
  } catch {
    return false;
  }
  let number = firstNumber;
  for (let line of text.split('\n')) {
    if (line.charCodeAt(line.length - 1) === 0x0d) line = line.slice(0, -1);
    if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    batch.push({ line, number });
    number += 1;
  }
  return true;
}

/** Reads lines in batches: each batch holds the lines completed by one chunk of the stream. */
export async function* readLineBatches(
  stream: AsyncIterable<Uint8Array | string>,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<LineItem[]> {
  // The start of a line cut across chunks.
  let parts: Uint8Array[] = [];
  let partsLength = 0;
  // The first PREVIEW_BYTES bytes of an over-long line, kept while the rest of it is skipped.
  let overflowPreview: Uint8Array | null = null;
  let number = 0;
  const encoder = new TextEncoder();

  /** Adds a piece of the current line; `keep` copies it (the stream may reuse its buffer). */
  const addPiece = (piece: Uint8Array, keep: boolean) => {
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
      parts.push(keep ? piece.slice() : piece);
      partsLength += piece.length;
    }
  };
  const endLine = (): LineItem => {
    number += 1;
    const item =
      overflowPreview !== null
        ? overflowError(overflowPreview, maxLineBytes, number)
        : decodeLine(concat(parts), number);
    parts = [];
    partsLength = 0;
    overflowPreview = null;
    return item;
  };

  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? encoder.encode(raw) : raw;
    const first = chunk.indexOf(NEWLINE);
    if (first === -1) {
      addPiece(chunk, true);
      continue;
    }
    const batch: LineItem[] = [];
    let start = 0;
    if (partsLength > 0 || overflowPreview !== null) {
      addPiece(chunk.subarray(0, first), false);
      batch.push(endLine());
      start = first + 1;
    }
    const last = chunk.lastIndexOf(NEWLINE);
    if (last >= start) {
      const region = chunk.subarray(start, last);
      if (region.length > maxLineBytes || !pushDecodedLines(region, number + 1, batch)) {
        // Some line may be too long or not UTF-8: line by line.
        for (let from = start; from <= last; ) {
          const newline = chunk.indexOf(NEWLINE, from);
          addPiece(chunk.subarray(from, newline), false);
          batch.push(endLine());
          from = newline + 1;
        }
      } else {
        number = (batch[batch.length - 1] as LineItem).number;
      }
      start = last + 1;
    }
    if (start < chunk.length) addPiece(chunk.subarray(start), true);
    yield batch;
  }
  if (overflowPreview !== null) {
    yield [overflowError(overflowPreview, maxLineBytes, number + 1)];
  } else if (partsLength > 0) {
    yield [decodeLine(concat(parts), number + 1)];
  }
}

/** Reads lines one by one (see `readLineBatches`). */
export async function* readLines(
  stream: AsyncIterable<Uint8Array | string>,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<LineItem> {
  for await (const batch of readLineBatches(stream, maxLineBytes)) yield* batch;
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

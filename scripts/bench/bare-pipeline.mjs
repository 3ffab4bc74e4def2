// The baseline of the CLI's throughput: a bare Node pipeline that reads stdin lines with
// readline, parses each with `new URL`, and writes `JSON.stringify` of a record with batched
// writes. The records are given (a JSON array, one per distinct input of the bench's repeating
// input list): line i writes record i modulo their number with its `input` set to the line, so
// the pipeline writes the same keys, and the same bytes, as the CLI it is compared with.
//   node bare-pipeline.mjs RECORDS.json < lines
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const FLUSH_BYTES = 64 * 1024;
const records = JSON.parse(readFileSync(/** @type {string} */ (process.argv[2]), 'utf8'));
let index = 0;
let parsed = 0;
let buffer = '';
const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of lines) {
  if (line === '') continue;
  try {
    if (new URL(line).hostname !== '') parsed++;
  } catch {
    // Not a URL: written all the same, as the CLI answers every line.
  }
  const record = records[index % records.length];
  index++;
  record.input = line;
  buffer += `${JSON.stringify(record)}\n`;
  if (buffer.length >= FLUSH_BYTES) {
    if (!process.stdout.write(buffer)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
    buffer = '';
  }
}
process.stdout.write(buffer);
process.stderr.write(`bare: ${index} lines, ${parsed} URLs\n`);

// An esbuild plugin for the public-suffix data tldts bundles (its trie.js): each typed array
// written as an array literal of tens of thousands of numbers becomes the same array decoded
// from a Base64 string. A JavaScript engine parses one string far faster than that many number
// literals (about 6 ms of the engine bundle's 7 ms of parsing, measured in Node), and the engine
// bundle is parsed on every page that has something to badge. The values are unchanged: a unit
// test compares every array with tldts's own.
import { readFile } from 'node:fs/promises';

/** Modules whose typed-array literals are rewritten. */
export const TYPED_ARRAY_DATA = /[\\/]tldts[\\/]dist[\\/]es6[\\/]src[\\/]data[\\/]trie\.js$/;

const LITERAL = /new (Uint8Array|Uint16Array)\(\[([0-9,\s]*)\]\)/g;

/** The decoder every rewritten module carries (little-endian for 16-bit values). */
const DECODER = `
function decodeTypedArray(base64, bytesPerValue) {
  const text = atob(base64);
  const count = text.length / bytesPerValue;
  const out = bytesPerValue === 1 ? new Uint8Array(count) : new Uint16Array(count);
  for (let i = 0, j = 0; i < count; i++, j += bytesPerValue) {
    out[i] = bytesPerValue === 1 ? text.charCodeAt(j) : text.charCodeAt(j) | (text.charCodeAt(j + 1) << 8);
  }
  return out;
}
`;

/**
 * The module's source with its typed-array literals as Base64 (exported for the test).
 * @param {string} source
 */
export function rewriteTypedArrays(source) {
  let rewritten = 0;
  /** @type {(match: string, type: string, list: string) => string} */
  const encode = (_, type, list) => {
    const values = list.split(',').map((value) => Number(value.trim()));
    const bytesPerValue = type === 'Uint8Array' ? 1 : 2;
    const bytes = Buffer.alloc(values.length * bytesPerValue);
    values.forEach((/** @type {number} */ value, /** @type {number} */ i) => {
      if (bytesPerValue === 1) bytes.writeUInt8(value, i);
      else bytes.writeUInt16LE(value, i * 2);
    });
    rewritten += 1;
    return `decodeTypedArray(${JSON.stringify(bytes.toString('base64'))}, ${bytesPerValue})`;
  };
  const body = source.replace(LITERAL, encode);
  if (rewritten === 0) throw new Error('typed-array data: no typed-array literal found to rewrite');
  return `${DECODER}\n${body}`;
}

/** @returns {import('esbuild').Plugin} */
export function typedArrayData() {
  return {
    name: 'typed-array-data',
    setup(build) {
      build.onLoad({ filter: TYPED_ARRAY_DATA }, async ({ path }) => ({
        contents: rewriteTypedArrays(await readFile(path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}

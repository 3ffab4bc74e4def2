// An esbuild plugin for the public-suffix data tldts bundles (its trie.js): each typed array
// written as an array literal of tens of thousands of numbers is built from `JSON.parse` of the
// same numbers in one string. A JavaScript engine parses one string far faster than that many
// number literals (about 6 ms of the engine bundle's 7 ms of parsing, measured in Node), and the
// engine bundle is parsed on every page that has something to badge; JSON.parse then reads the
// numbers natively. The values are unchanged: a unit test compares every array with tldts's own.
import { readFile } from 'node:fs/promises';

/** Modules whose typed-array literals are rewritten. */
export const TYPED_ARRAY_DATA = /[\\/]tldts[\\/]dist[\\/]es6[\\/]src[\\/]data[\\/]trie\.js$/;

const LITERAL = /new (Uint8Array|Uint16Array|Uint32Array)\(\[([0-9,\s]*)\]\)/g;

/**
 * The module's source with its typed-array literals read from strings (exported for the test).
 * @param {string} source
 */
export function rewriteTypedArrays(source) {
  let rewritten = 0;
  /** @type {(match: string, type: string, list: string) => string} */
  const encode = (_, type, list) => {
    const values = list.split(',').map((value) => Number(value.trim()));
    rewritten += 1;
    return `new ${type}(JSON.parse(${JSON.stringify(JSON.stringify(values))}))`;
  };
  const body = source.replace(LITERAL, encode);
  if (rewritten === 0) throw new Error('typed-array data: no typed-array literal found to rewrite');
  return body;
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

// An esbuild plugin for the bundled JSON data (the shipped rulesets): each file becomes
// `JSON.parse("…")` of its minified text instead of an object literal. A JavaScript engine reads
// a string and JSON much faster than the same data written as code, and the engine bundle is
// parsed on every page that has something to badge.
import { readFile } from 'node:fs/promises';

/** @returns {import('esbuild').Plugin} */
export function jsonData() {
  return {
    name: 'json-data',
    setup(build) {
      build.onLoad({ filter: /\.json$/ }, async ({ path }) => {
        const data = JSON.parse(await readFile(path, 'utf8'));
        return {
          contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`,
          loader: 'js',
        };
      });
    },
  };
}

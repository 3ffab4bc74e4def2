import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../src');
const MAX_CONTENT_LINES = 250;
const MAX_CORE_TOP_FILES = 12;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the layout of src/', () => {
  it(`no file of the content script (src/content/) is over ${MAX_CONTENT_LINES} lines`, () => {
    const files = filesUnder(`${SRC}/content`).filter((file) => /\.(ts|css)$/.test(file));
    expect(files.length).toBeGreaterThan(20);
    const long = files
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_CONTENT_LINES);
    expect(long).toEqual([]);
  });

  it(`src/core/ shows its concerns as folders, with at most ${MAX_CORE_TOP_FILES} files at its top`, () => {
    const entries = readdirSync(`${SRC}/core`, { withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(files.length, files.join(', ')).toBeLessThanOrEqual(MAX_CORE_TOP_FILES);
    expect(folders).toEqual(expect.arrayContaining(['classify', 'policy', 'data']));
  });
});

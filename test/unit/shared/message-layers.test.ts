import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('runtime messages', () => {
  it('are sent as typed values, never as literals in the call (src/shared/messages.ts)', () => {
    const untyped = sources(SRC).filter((file) =>
      /sendMessage\(\s*(?:[\w.]+,\s*)?\{/.test(readFileSync(file, 'utf8')),
    );
    expect(untyped.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('reach the background only through shared modules: no page imports the background', () => {
    const pages = ['popup', 'options', 'rules-page', 'check-page', 'ui', 'content'];
    const reaching = pages
      .flatMap((page) => sources(join(SRC, page)))
      .filter((file) => /from '(?:\.\.\/)+background\//.test(readFileSync(file, 'utf8')));
    expect(reaching.map((file) => relative(SRC, file))).toEqual([]);
  });
});

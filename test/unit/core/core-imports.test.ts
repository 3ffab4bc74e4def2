import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = resolve(import.meta.dirname, '../../../src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('src/core dependencies', () => {
  it('imports nothing but tldts and its own modules (it runs in every context)', () => {
    const files = sourceFiles(CORE);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+'([^']+)'/g)].map(
        (m) => m[1] ?? '',
      );
      for (const specifier of specifiers) {
        const inCore =
          specifier.startsWith('.') && resolve(dirname(file), specifier).startsWith(CORE);
        expect(specifier === 'tldts' || inCore, `${file}: ${specifier}`).toBe(true);
      }
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../src');

/** The modules a source file imports for its code (type-only imports left out). */
function codeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of source.matchAll(
    /^(?:import|export)\s+(type\s+)?[^'";]*?\bfrom\s+'([^']+)'/gm,
  )) {
    if (!match[1]) specifiers.push(match[2] as string);
  }
  return specifiers;
}

/** Every module a source file imports, type-only imports included. */
function allImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)\s[^'";]*?\bfrom\s+'([^']+)'/gm)].map(
    (match) => match[1] as string,
  );
}

/** Every module the bundle of `entry` holds, following relative imports; packages by name. */
function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith('/')) continue;
    for (const specifier of codeImports(file)) {
      pending.push(
        specifier.startsWith('.') ? `${resolve(dirname(file), specifier)}.ts` : specifier,
      );
    }
  }
  return seen;
}

describe('the content script bundle', () => {
  it('holds no tldts and none of the classifier: the engine (engine.js) is loaded lazily', () => {
    const graph = moduleGraph(`${SRC}/content/main.ts`);
    expect(graph.has(`${SRC}/content/scan/screen.ts`)).toBe(true);
    expect(graph.has(`${SRC}/core/lookalike/lookalike-gate.ts`)).toBe(true);
    for (const module of [
      'tldts',
      `${SRC}/core/classify/classify.ts`,
      `${SRC}/core/lookalike/lookalike.ts`,
    ])
      expect(graph.has(module), module).toBe(false);
    expect(graph.has(`${SRC}/core/lookalike/text-mismatch.ts`)).toBe(false);
  });
});

describe('the frame report (src/content/report/)', () => {
  it('depends only on the shared message types, the outcome type and its own folder', () => {
    const folder = `${SRC}/content/report`;
    const allowed = new Set([`${SRC}/shared/messages.ts`, `${SRC}/core/policy/outcome.ts`]);
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      for (const specifier of allImports(`${folder}/${name}`)) {
        const target = `${resolve(folder, specifier)}.ts`;
        expect(
          target.startsWith(`${folder}/`) || allowed.has(target),
          `${name} imports ${specifier}`,
        ).toBe(true);
      }
    }
  });

  it('no module of the content script imports the content script back from outside it', () => {
    for (const file of moduleGraph(`${SRC}/content/main.ts`)) {
      if (!file.startsWith(SRC) || file.startsWith(`${SRC}/content/`)) continue;
      for (const specifier of allImports(file)) {
        if (specifier.startsWith('.'))
          expect(`${resolve(dirname(file), specifier)}`, file).not.toMatch(/\/src\/content\//);
      }
    }
  });
});

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { jsonData } from '../../../scripts/json-data.mjs';
import {
  rewriteTypedArrays,
  TYPED_ARRAY_DATA,
  typedArrayData,
} from '../../../scripts/typed-array-data.mjs';

const require = createRequire(import.meta.url);
const triePath = require.resolve('tldts').replace(/dist[\\/].*$/, 'dist/es6/src/data/trie.js');

/** A module's exports, evaluated as a script (its `export const` as plain bindings). */
function exportsOf(source: string): Record<string, unknown> {
  const names = [...source.matchAll(/export const (\w+)/g)].map((match) => match[1] as string);
  const script = `${source.replace(/export const/g, 'const')}\n({ ${names.join(', ')} })`;
  return runInNewContext(script, { atob, Uint8Array, Uint16Array }) as Record<string, unknown>;
}

const HOSTS = [
  'a.b.taobao.com',
  'x.y.co.uk',
  'shop.example.com.cn',
  'foo.github.io',
  'a.b.c.kawasaki.jp',
  'item.jd.com',
  'xn--fiqs8s.xn--fiqz9s',
];

describe('bundled data', () => {
  it("rewrites tldts's public-suffix arrays as strings of JSON without changing one value", async () => {
    expect(TYPED_ARRAY_DATA.test(triePath)).toBe(true);
    const source = await readFile(triePath, 'utf8');
    const rewritten = rewriteTypedArrays(source);
    expect(rewritten.length).toBeLessThan(source.length);
    expect(rewritten).not.toMatch(/new Uint(8|16)Array\(\[/);
    const original = exportsOf(source);
    const decoded = exportsOf(rewritten);
    expect(Object.keys(decoded).sort()).toEqual(Object.keys(original).sort());
    let arrays = 0;
    for (const [name, value] of Object.entries(original)) {
      const other = decoded[name];
      if (ArrayBuffer.isView(value)) {
        arrays += 1;
        expect(other?.constructor.name, name).toBe(value.constructor.name);
        expect(Array.from(other as Uint16Array), name).toEqual(Array.from(value as Uint16Array));
      } else {
        expect(other, name).toEqual(value);
      }
    }
    expect(arrays).toBeGreaterThanOrEqual(4);
  });

  it('refuses a module with nothing to rewrite (tldts changed its data format)', () => {
    expect(() => rewriteTypedArrays('export const x = [1, 2];')).toThrow(/no typed-array literal/);
  });

  it('bundles JSON data as JSON.parse of a string, and tldts answers as before', async () => {
    const result = await build({
      stdin: {
        contents: `import data from './src/core/data/rulesets/wechat.json';
          import { getDomain } from 'tldts';
          export const rules = data.rules.length;
          export const domains = ${JSON.stringify(HOSTS)}.map((h) => getDomain(h));`,
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      format: 'cjs',
      write: false,
      plugins: [jsonData(), typedArrayData()],
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).toContain('JSON.parse(');
    expect(code).not.toMatch(/new Uint(8|16)Array\(\[/);
    const module = { exports: {} as { rules?: number; domains?: string[] } };
    runInNewContext(code, { module, exports: module.exports, atob, Uint8Array, Uint16Array });
    const shipped = JSON.parse(await readFile('src/core/data/rulesets/wechat.json', 'utf8'));
    expect(module.exports.rules).toBe(shipped.rules.length);
    expect(module.exports.domains).toEqual(HOSTS.map((host) => getDomain(host)));
    expect(module.exports.domains?.slice(0, 2)).toEqual(['taobao.com', 'y.co.uk']);
  });
});

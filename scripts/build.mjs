// Builds the extension for both browsers, the command line and the library:
//   dist/chromium/  dist/firefox/  (unpacked extensions, loadable as they are)
//   dist/cli.js                    (the `chat-link-lens` command)
//   dist/lib/index.js              (the library, `import { check } from 'chat-link-lens'`)
//   dist/lib/types/                (its TypeScript declarations, entry library/index.d.ts)
// Both extensions come from the one manifest.json; each browser's copy drops only the key that
// browser ignores and warns about (see README, "One manifest, two browsers").
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { jsonData } from './json-data.mjs';
import { typedArrayData } from './typed-array-data.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

/** The extension's bundles: entry point -> output file. */
export const EXTENSION_ENTRIES = {
  content: 'src/content/loader.ts',
  background: 'src/background/main.ts',
  popup: 'src/popup/main.ts',
  options: 'src/options/main.ts',
  rules: 'src/rules-page/main.ts',
  check: 'src/check-page/main.ts',
};
/** Static files copied next to the bundles. */
const STATIC_FILES = [
  'src/popup/popup.html',
  'src/popup/popup.css',
  'src/ui/theme.css',
  'src/options/options.html',
  'src/options/options.css',
  'src/rules-page/rules.html',
  'src/rules-page/rules.css',
  'src/check-page/check.html',
  'src/check-page/check.css',
  'src/content/content.css',
];

/** @param {any} manifest @param {'chromium' | 'firefox'} target */
export function manifestFor(manifest, target) {
  const copy = structuredClone(manifest);
  if (target === 'chromium') {
    // Chromium runs a service worker; "scripts" and "browser_specific_settings" only warn there.
    delete copy.background.scripts;
    delete copy.browser_specific_settings;
  } else {
    // Firefox runs background scripts (an event page); "service_worker" only warns there.
    delete copy.background.service_worker;
  }
  return copy;
}

/** @param {'chromium' | 'firefox'} target @param {any} manifest */
async function buildExtension(target, manifest) {
  const out = join(dist, target);
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'icons'), { recursive: true });
  await build({
    entryPoints: Object.fromEntries(
      Object.entries(EXTENSION_ENTRIES).map(([name, file]) => [name, join(root, file)]),
    ),
    outdir: out,
    bundle: true,
    format: 'iife',
    target: target === 'chromium' ? 'chrome120' : 'firefox140',
    minify: !process.env.CLL_NO_MINIFY,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    charset: 'utf8',
    plugins: [jsonData(), typedArrayData()],
  });
  // The content script's work (content-main.js) and the engine (classifier, policy engine,
  // rulesets) are ES modules: the loader imports the first once the page has loaded, and that
  // imports the engine only when a page has something that could match (see src/content/).
  await build({
    entryPoints: {
      'content-main': join(root, 'src/content/main.ts'),
      'content-failure': join(root, 'src/content/content-failure.ts'),
      engine: join(root, 'src/content/engine.ts'),
    },
    outdir: out,
    bundle: true,
    format: 'esm',
    target: target === 'chromium' ? 'chrome120' : 'firefox140',
    minify: !process.env.CLL_NO_MINIFY,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    charset: 'utf8',
    plugins: [jsonData(), typedArrayData()],
  });
  for (const file of STATIC_FILES) {
    await cp(join(root, file), join(out, basename(file)));
  }
  await cp(join(root, 'src/_locales'), join(out, '_locales'), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    await cp(join(root, `icons/icon-${size}.png`), join(out, `icons/icon-${size}.png`));
  }
  await writeFile(
    join(out, 'manifest.json'),
    `${JSON.stringify(manifestFor(manifest, target), null, 2)}\n`,
  );
}

/** The command line, bundled with its dependencies; `into` is the dist folder. */
export async function buildCli(into = dist) {
  const outfile = join(into, 'cli.js');
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
    charset: 'utf8',
    plugins: [jsonData(), typedArrayData()],
  });
  await chmod(outfile, 0o755);
}

/** The library: one ES module; its runtime dependency (tldts) stays an import. */
export async function buildLibrary(into = dist) {
  const out = join(into, 'lib');
  await rm(out, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'src/library/index.ts')],
    outfile: join(out, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['tldts'],
    logLevel: 'warning',
    charset: 'utf8',
    plugins: [jsonData(), typedArrayData()],
  });
  await buildDeclarations(join(out, 'types'));
}

/**
 * The library's declarations, emitted by TypeScript from the sources it imports. Relative imports
 * get their ".js" (or "/index.js"), as Node's own resolution ("moduleResolution": "node16") wants.
 */
async function buildDeclarations(/** @type {string} */ out) {
  const program = ts.createProgram([join(root, 'src/library/index.ts')], {
    declaration: true,
    emitDeclarationOnly: true,
    outDir: out,
    rootDir: join(root, 'src'),
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    skipLibCheck: true,
  });
  const emitted = program.emit();
  const problems = ts
    .getPreEmitDiagnostics(program)
    .concat(emitted.diagnostics)
    .filter((d) => d.category === ts.DiagnosticCategory.Error);
  // A JSON module in the program (the shipped ruleset) has no declaration of its own to write,
  // which TypeScript reports as a skipped emit: what counts is errors and the entry's declaration.
  const entryWritten =
    emitted.emittedFiles === undefined || existsSync(join(out, 'library/index.d.ts'));
  if (problems.length > 0 || !entryWritten) {
    const host = {
      getCanonicalFileName: (/** @type {string} */ f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => '\n',
    };
    throw new Error(`declarations: ${ts.formatDiagnostics(problems, host)}`);
  }
  for (const file of await readdir(out, { recursive: true })) {
    if (!file.endsWith('.d.ts')) continue;
    const path = join(out, file);
    const text = await readFile(path, 'utf8');
    const fixed = text.replace(
      /(from |import\()'(\.{1,2}\/[^']*)'/g,
      (_, before, spec) => `${before}'${withExtension(dirname(path), spec)}'`,
    );
    if (fixed !== text) await writeFile(path, fixed);
  }
}

/** "./classify" -> "./classify.js", "./rulesets" -> "./rulesets/index.js" (as the files are). */
function withExtension(/** @type {string} */ dir, /** @type {string} */ spec) {
  if (spec.endsWith('.js')) return spec;
  if (existsSync(join(dir, `${spec}.d.ts`))) return `${spec}.js`;
  if (existsSync(join(dir, spec, 'index.d.ts'))) return `${spec}/index.js`;
  throw new Error(`declarations: cannot resolve "${spec}" from ${dir}`);
}

export async function buildAll() {
  const started = performance.now();
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  await mkdir(dist, { recursive: true });
  await Promise.all([
    buildExtension('chromium', manifest),
    buildExtension('firefox', manifest),
    buildCli(),
    buildLibrary(),
  ]);
  return performance.now() - started;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ms = await buildAll();
  console.log(
    `built dist/chromium, dist/firefox, dist/cli.js and dist/lib in ${Math.round(ms)} ms`,
  );
}

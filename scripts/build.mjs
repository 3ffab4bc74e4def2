// Builds the extension for both browsers and the command line:
//   dist/chromium/  dist/firefox/  (unpacked extensions, loadable as they are)
//   dist/cli.js                    (the `chat-link-lens` command)
// Both extensions come from the one manifest.json; each browser's copy drops only the key that
// browser ignores and warns about (see README, "One manifest, two browsers").
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

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

async function buildCli() {
  const outfile = join(dist, 'cli.js');
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
  });
  await chmod(outfile, 0o755);
}

export async function buildAll() {
  const started = performance.now();
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  await mkdir(dist, { recursive: true });
  await Promise.all([
    buildExtension('chromium', manifest),
    buildExtension('firefox', manifest),
    buildCli(),
  ]);
  return performance.now() - started;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ms = await buildAll();
  console.log(`built dist/chromium, dist/firefox and dist/cli.js in ${Math.round(ms)} ms`);
}

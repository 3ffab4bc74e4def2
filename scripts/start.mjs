// `npm start`: builds, serves the demo page on 127.0.0.1 and opens a real browser with the
// extension loaded on it (Chromium by default; `npm start -- --firefox` for Firefox).
// With a display it opens a normal window through `web-ext run` and waits until you close it.
// Without one (a server, a container, CI) it runs the same browser headless, prints what the
// extension badged, saves a screenshot, prints its path and exits 0.

import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBrowser } from './browsers.mjs';
import { buildAll } from './build.mjs';
import { launchWithExtension } from './launch.mjs';
import { scrollThrough } from './scroll-through.mjs';
import { serve } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    page: { type: 'string', default: '/demo/' },
  },
});
const kind = values.firefox ? 'firefox' : 'chromium';
const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

await buildAll();
const server = await serve({ '/demo/': join(root, 'src/demo'), '/': join(root, 'test/fixtures') });
const url = `${server.origin}${values.page}`;
console.log(`demo page: ${url}`);

if (hasDisplay && !values.headless) {
  await runWithWindow();
} else {
  await runHeadless();
}

async function runWithWindow() {
  const executable = ensureBrowser(kind);
  const args = ['run', '--source-dir', join(root, 'dist', kind), '--start-url', url, '--no-reload'];
  if (kind === 'chromium') args.push('--target', 'chromium', '--chromium-binary', executable);
  else args.push('--target', 'firefox-desktop', '--firefox', executable);
  if (kind === 'chromium' && process.getuid?.() === 0) args.push('--arg=--no-sandbox');
  console.log(`opening ${kind} with the extension; close the browser to stop`);
  const child = spawn(join(root, 'node_modules/.bin/web-ext'), args, { stdio: 'inherit' });
  await new Promise((resolve) => child.on('exit', resolve));
  await server.close();
}

async function runHeadless() {
  console.log(`no display: running ${kind} headless`);
  const launched = await launchWithExtension(kind, { headless: true });
  try {
    const page = await launched.browser.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-cll-ready]', { timeout: 20_000 });
    // Give the badger a moment to finish its batches, then read what it did.
    await page.waitForFunction(
      () => document.documentElement.getAttribute('data-cll-ready') !== null,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    /** @type {{ what: string, platform: string | null, private: string | null, group: string | null }[]} */
    const badged = [];
    for (const frame of page.frames()) {
      const inFrame = await frame
        .evaluate(() => {
          const roots = [
            document,
            ...[...document.querySelectorAll('*')].flatMap((e) =>
              e.shadowRoot ? [e.shadowRoot] : [],
            ),
          ];
          return roots.flatMap((root) =>
            [
              ...root.querySelectorAll(
                'a[data-cll-platform], area[data-cll-platform], cll-badge[data-cll-category="code"]',
              ),
            ].map((element) => ({
              what:
                element.localName === 'cll-badge'
                  ? `share code in: ${(element.previousSibling?.textContent ?? '').trim().slice(0, 60)}`
                  : (element.getAttribute('href') ?? ''),
              platform: element.getAttribute('data-cll-platform'),
              private: element.getAttribute('data-cll-private'),
              group: element.getAttribute('data-cll-group'),
            })),
          );
        })
        .catch(() => []);
      badged.push(...inFrame);
    }
    console.log(`the content script ran on ${url} (${kind} ${await launched.browser.version()})`);
    if (badged.length === 0) {
      console.log('badged: nothing on this page');
    } else {
      console.log(
        `badged ${badged.length} links and share codes (outcomes now; choose another date in the popup):`,
      );
      for (const item of badged) {
        console.log(
          `  ${item.platform?.padEnd(12)} 1:1 ${item.private?.padEnd(8)} group ${item.group?.padEnd(8)} ${item.what}`,
        );
      }
    }
    await mkdir(join(root, 'artifacts'), { recursive: true });
    const shot = join(root, 'artifacts', `demo-${kind}.png`);
    await scrollThrough(page);
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`screenshot: ${shot}`);
  } finally {
    await launched.close();
    await server.close();
  }
}

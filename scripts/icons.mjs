// Renders icons/icon.svg to the PNG sizes the manifest lists, in headless Chromium.
// Run after editing the SVG: `npm run icons`. The PNGs are committed, so builds need no browser.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from './browsers.mjs';

const SIZES = [16, 32, 48, 128];
const root = new URL('..', import.meta.url).pathname;
const svg = await readFile(join(root, 'icons/icon.svg'), 'utf8');
const browser = await puppeteer.launch({
  browser: 'chrome',
  executablePath: ensureBrowser('chromium'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    const path = join(root, `icons/icon-${size}.png`);
    await page.screenshot({
      path,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`wrote icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}

import browser from 'webextension-polyfill';
import { checkPageUrl } from './check-page-url';

const WIDTH = 440;
const HEIGHT = 560;

/**
 * Opens the link check page in a small popup window (no notification), or in a tab where the
 * browser has no windows (Firefox for Android).
 */
export async function openCheck(
  url: string,
  tabId: number | null,
  frameId: number | null,
): Promise<void> {
  const page = checkPageUrl(browser.runtime.getURL(''), url, tabId, frameId);
  if (browser.windows?.create) {
    await browser.windows.create({ url: page, type: 'popup', width: WIDTH, height: HEIGHT });
  } else {
    await browser.tabs.create({ url: page });
  }
}

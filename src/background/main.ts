/**
 * The background: keeps what every frame reported (in storage.session), keeps each tab's toolbar
 * badge up to date, offers "Check in Chat Link Lens" on links, and starts the content script in
 * tabs whose load does not end. Apart from the timers of tabs still loading, it holds nothing in
 * memory: every event reads what it needs from storage, so it may be stopped at any time.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { recordUncaughtErrors } from '../shared/error-log';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { catalogLocale, t } from '../ui/i18n';
import { createMenu, onMenuClick } from './context-menu';
import { handleMessage } from './message-handler';
import { openCheck } from './open-check';
import { PageReports } from './page-reports';
import { watchStalledLoads } from './stalled-load';
import { styleBadge, updateToolbar } from './toolbar';

recordUncaughtErrors('background');

const reports = new PageReports(browser.storage.session);
const locale = catalogLocale();

async function tabChanged(tabId: number): Promise<void> {
  const { settings } = await loadSettings();
  await updateToolbar(tabId, reports, settings, locale, t);
}

async function settingsChanged(): Promise<void> {
  const { settings } = await loadSettings();
  for (const tabId of await reports.tabIds()) {
    await updateToolbar(tabId, reports, settings, locale, t);
  }
}

const setUpMenu = () => createMenu(browser.contextMenus, t('menuCheckLink'));

browser.runtime.onInstalled.addListener(() => {
  setUpMenu();
  styleBadge();
});
browser.runtime.onStartup.addListener(() => {
  setUpMenu();
  styleBadge();
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClick(info, tab, openCheck);
});
browser.runtime.onMessage.addListener((request: unknown, sender: Runtime.MessageSender) =>
  handleMessage(request, sender, {
    reports,
    extensionBase: browser.runtime.getURL(''),
    extensionId: browser.runtime.id,
    tabChanged,
    openCheck,
  }),
);
browser.tabs.onRemoved.addListener((tabId) => {
  reports.forgetTab(tabId);
});
watchStalledLoads(browser);
onSettingsChanged(() => {
  settingsChanged();
});

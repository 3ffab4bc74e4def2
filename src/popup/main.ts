/**
 * The popup: the policy date and its timeline, what this page holds, and the controls. It
 * describes the active tab, or the tab named by ?tab=<id> (see popup-tab.ts).
 */
import browser from 'webextension-polyfill';
import { logError, recordUncaughtErrors } from '../shared/error-log';
import type { TabReport } from '../shared/messages';
import { rulesetFor } from '../shared/policy-context';
import type { ParsedSettings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';
import { onTabReportChanged, requestTabReport } from '../shared/tab-reports';
import { catalogLocale, htmlLang, t } from '../ui/i18n';
import { localizePage } from '../ui/localize-page';
import { ControlsSection } from './controls-section';
import { DateSection } from './date-section';
import { PageSection } from './page-section';
import { popupTabId } from './popup-tab';
import { reportRepairs } from './repaired-notice';
import { ShowAction } from './show-action';

recordUncaughtErrors('popup');
const locale = catalogLocale();
localizePage(document, (key) => t(key));
document.documentElement.lang = htmlLang(locale);

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function start(): Promise<void> {
  const tabId = await popupTabId(location.search, activeTabId);
  let parsed: ParsedSettings = await loadSettings();
  let report: TabReport | null = tabId === null ? null : await tabReport(tabId);

  const dates = new DateSection(
    {
      input: byId('policy-date'),
      now: byId('date-now'),
      error: byId('date-error'),
      explanation: byId('date-explanation'),
      note: byId('date-note'),
      timeline: byId('timeline'),
      caption: byId('timeline-caption'),
    },
    locale,
    t,
    (policyDate) => chooseDate(policyDate),
  );
  const page = new PageSection(
    {
      site: byId('page-site'),
      counts: byId('page-counts'),
      notDirect: byId('page-not-direct'),
      table: byId('page-table'),
      warnings: byId('page-warnings'),
      warningsCount: byId('page-warnings-count'),
      warningsList: byId('page-warnings-list'),
      exportCsv: byId('export-csv'),
      exportJson: byId('export-json'),
    },
    locale,
    t,
    tabId === null ? null : new ShowAction(tabId, byId('show-status'), locale, t),
  );
  const controls = new ControlsSection(
    {
      scopes: [...document.querySelectorAll<HTMLInputElement>('input[name="scopes"]')],
      site: byId('site-enabled'),
      siteLabel: byId('site-enabled-label'),
      global: byId('global-enabled'),
      app: byId('chat-app'),
      rulesLink: byId('open-rules'),
      optionsLink: byId('open-options'),
    },
    locale,
    t,
  );

  // While the date the person chose is being saved, older values echoing back from storage must
  // not move the picker back (arrow keys can be quicker than storage).
  let savingDates = 0;
  let chosenDate: string | null = null;
  const chooseDate = (policyDate: string | null) => {
    chosenDate = policyDate;
    savingDates += 1;
    saveSettings({ policyDate }).finally(() => {
      savingDates -= 1;
      if (savingDates === 0) {
        loadSettings().then((next) => {
          parsed = next;
          render();
        });
      }
    });
  };

  const render = () => {
    const ruleset = rulesetFor(parsed.settings);
    const hostname = report?.frames.find((frame) => frame.frameId === 0)?.hostname ?? '';
    dates.update(savingDates > 0 ? chosenDate : parsed.settings.policyDate, ruleset);
    page.update(report, parsed.settings, ruleset);
    controls.update(parsed.settings, hostname);
  };
  render();
  document.documentElement.dataset.ready = 'true';

  await reportRepairs(parsed, byId('repaired'), t);
  onSettingsChanged((next) => {
    parsed = next;
    render();
  });
  if (tabId !== null) {
    onTabReportChanged(tabId, async () => {
      report = await tabReport(tabId);
      render();
    });
  }
}

start().catch((error: unknown) => logError('popup', error));

/** What the frames of the tab reported; empty when nothing valid came. */
async function tabReport(tabId: number): Promise<TabReport> {
  return (await requestTabReport(tabId)) ?? { tabId, frames: [] };
}

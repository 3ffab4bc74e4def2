/**
 * The link check page that "Check in Chat Link Lens" opens: check.html?url=…&tab=…&frame=…
 * shows the verdict for that link at the chosen date, and whether the page badged it (or why not).
 */
import { logError, recordUncaughtErrors } from '../shared/error-log';
import type { TabReport } from '../shared/messages';
import { policyInstant, rulesetFor } from '../shared/policy-context';
import { loadSettings } from '../shared/settings-store';
import { requestTabReport } from '../shared/tab-reports';
import { h } from '../ui/dom';
import { catalogLocale, htmlLang, t } from '../ui/i18n';
import { localizePage } from '../ui/localize-page';
import { checkView } from './check-view';
import { linkCheck } from './link-check-model';

recordUncaughtErrors('check');
const locale = catalogLocale();
localizePage(document, (key) => t(key));
document.documentElement.lang = htmlLang(locale);
document.title = t('checkTitle');

/** A tab or frame id from the query (Firefox's frame ids are large, but safe, integers). */
function id(value: string | null): number | null {
  if (value === null || !/^\d{1,16}$/.test(value)) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : null;
}

const REPORT_WAIT_MS = 4000;

async function tabReport(tabId: number | null): Promise<TabReport | null> {
  if (tabId === null) return null;
  // The verdict never waits long on the background: without its answer the page says less.
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), REPORT_WAIT_MS));
  try {
    return await Promise.race([requestTabReport(tabId), late]);
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const url = params.get('url') ?? '';
  const main = document.getElementById('check') as HTMLElement;
  if (url === '') {
    main.replaceChildren(h('p', { text: t('checkNoLink') }));
  } else {
    const { settings } = await loadSettings();
    const ruleset = rulesetFor(settings);
    const at = policyInstant(settings);
    const report = await tabReport(id(params.get('tab')));
    const check = linkCheck(url, settings, ruleset, at, report, id(params.get('frame')), locale);
    main.replaceChildren(...checkView(check, ruleset, at, locale, t));
  }
  document.documentElement.dataset.ready = 'true';
}

start().catch((error: unknown) => logError('check', error));

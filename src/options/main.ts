/**
 * The options page: the chat app, custom rulesets (import with every problem shown at its path,
 * choose, remove), which links to badge, the global switch and the sites switched off.
 */
import { SHIPPED_APPS } from '../core/data/rulesets/index';
import { logError, recordUncaughtErrors } from '../shared/error-log';
import { type CategoryChoice, DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';
import { appChoices } from '../ui/app-choices';
import { h, replaceKeepingFocus } from '../ui/dom';
import { catalogLocale, htmlLang, t } from '../ui/i18n';
import { localizePage } from '../ui/localize-page';
import { customRulesetItems } from './custom-rulesets-view';
import { importResultView } from './import-result-view';
import { importRuleset, removeRuleset } from './ruleset-import';
import { disabledSiteItems } from './sites-view';

recordUncaughtErrors('options');
const locale = catalogLocale();
localizePage(document, (key) => t(key));
document.documentElement.lang = htmlLang(locale);
document.title = t('optionsTitle');

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const appSelect = byId<HTMLSelectElement>('chat-app');
const fileInput = byId<HTMLInputElement>('ruleset-file');
const textInput = byId<HTMLTextAreaElement>('ruleset-text');
const result = byId('import-result');
const categories = [...document.querySelectorAll<HTMLInputElement>('input[name="categories"]')];
const global = byId<HTMLInputElement>('global-enabled');

let settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [], customRulesets: [] };

async function importText(text: string): Promise<void> {
  const outcome = importRuleset(text, settings.customRulesets, SHIPPED_APPS);
  if (outcome.kind === 'imported') await saveSettings({ customRulesets: outcome.rulesets });
  result.replaceChildren(...importResultView(outcome, locale, t));
}

function render(): void {
  appSelect.replaceChildren(
    ...appChoices(settings, locale, t).map((choice) =>
      h('option', { text: choice.name, attrs: { value: choice.id } }),
    ),
  );
  appSelect.value = settings.app;
  replaceKeepingFocus(
    byId('custom-list'),
    customRulesetItems(settings.customRulesets, settings.app, locale, t, {
      use: (app) => saveSettings({ app }),
      remove: (app) => {
        byId('custom-list-heading').focus();
        saveSettings(
          removeRuleset(settings.customRulesets, app, settings.app, DEFAULT_SETTINGS.app),
        );
      },
    }),
  );
  for (const radio of categories) radio.checked = radio.value === settings.categories;
  global.checked = settings.enabled;
  byId('sites-list').replaceChildren(
    ...disabledSiteItems(settings.disabledSites, t, (site) => {
      byId('sites-heading').focus();
      saveSettings({ disabledSites: settings.disabledSites.filter((entry) => entry !== site) });
    }),
  );
}

async function start(): Promise<void> {
  settings = (await loadSettings()).settings;
  render();
  onSettingsChanged((parsed) => {
    settings = parsed.settings;
    render();
  });
  appSelect.addEventListener('change', () => saveSettings({ app: appSelect.value }));
  for (const radio of categories) {
    radio.addEventListener('change', () => {
      if (radio.checked) saveSettings({ categories: radio.value as CategoryChoice });
    });
  }
  global.addEventListener('change', () => saveSettings({ enabled: global.checked }));
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (file) await importText(await file.text());
    fileInput.value = '';
  });
  byId('ruleset-import').addEventListener('click', () => importText(textInput.value));
  document.documentElement.dataset.ready = 'true';
}

start().catch((error: unknown) => logError('options', error));

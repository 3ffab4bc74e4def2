/**
 * The full rule timeline of the chosen chat app (or of ?app=<id>), with sources: the same data as
 * `chat-link-lens rules`, for reading in the browser.
 */

import { parseIsoInstant } from '../core/policy/china-time';
import { logError, recordUncaughtErrors } from '../shared/error-log';
import { formatChinaDate } from '../shared/format-date';
import { rulesetFor } from '../shared/policy-context';
import { loadSettings } from '../shared/settings-store';
import { catalogLocale, htmlLang, t } from '../ui/i18n';
import { localizePage } from '../ui/localize-page';
import { eventsSection, notesSection, rulesSection } from './rules-view';

recordUncaughtErrors('rules');
const locale = catalogLocale();
localizePage(document, (key) => t(key));
document.documentElement.lang = htmlLang(locale);

const byId = (id: string) => document.getElementById(id) as HTMLElement;

async function start(): Promise<void> {
  const { settings } = await loadSettings();
  const requested = new URLSearchParams(location.search).get('app');
  const ruleset = rulesetFor(requested ? { ...settings, app: requested } : settings);
  const name = ruleset.name[locale];
  document.title = t('rulesTitle', [name]);
  byId('rules-title').textContent = t('rulesTitle', [name]);
  const ends = parseIsoInstant(ruleset.recordEnds);
  byId('rules-summary').textContent = t('rulesSummary', [
    String(ruleset.rules.length),
    String(ruleset.events.length),
    ends.ok ? formatChinaDate(ends.at, locale) : ruleset.recordEnds,
  ]);
  byId('events').replaceChildren(...eventsSection(ruleset, locale, t));
  byId('rules').replaceChildren(...rulesSection(ruleset, locale, t));
  byId('notes').replaceChildren(...notesSection(ruleset, locale, t));
  document.documentElement.dataset.ready = 'true';
}

start().catch((error: unknown) => logError('rules', error));

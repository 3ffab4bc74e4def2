import browser from 'webextension-polyfill';
import type { Locale } from '../core/localized';
import { rulesetFor } from '../shared/policy-context';
import type { Settings } from '../shared/settings';
import { shownScopes } from '../shared/settings';
import type { TextLookup } from '../ui/i18n';
import type { PageReports } from './page-reports';
import { toolbarState } from './toolbar-badge';

const BADGE_BACKGROUND = '#9a3412';
const BADGE_TEXT = '#ffffff';

/** The badge colours: dark orange with white text (contrast 7:1). */
export async function styleBadge(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND });
  await browser.action.setBadgeTextColor?.({ color: BADGE_TEXT });
}

/** Sets the toolbar badge and tooltip of one tab from what its frames reported. */
export async function updateToolbar(
  tabId: number,
  reports: PageReports,
  settings: Settings,
  locale: Locale,
  t: TextLookup,
): Promise<void> {
  const ruleset = rulesetFor(settings);
  const scopes = shownScopes(settings, ruleset.scopes);
  const state = toolbarState(await reports.tab(tabId), settings, ruleset.name[locale], scopes, t);
  try {
    await browser.action.setBadgeText({ tabId, text: state.text });
    await browser.action.setTitle({ tabId, title: state.title });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

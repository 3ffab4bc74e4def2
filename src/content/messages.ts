import browser from 'webextension-polyfill';
import { type Locale, pickLocale } from '../core/localized';

/** Looks up a _locales message; substitutions fill $1, $2, ... */
export type MessageLookup = (key: string, substitutions?: string[]) => string;

export const message: MessageLookup = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions) || key;

/** The locale of the browser's UI, for data texts (explanations, platform names). */
export function uiLocale(): Locale {
  return pickLocale(browser.i18n.getUILanguage());
}

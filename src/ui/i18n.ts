import browser from 'webextension-polyfill';
import type { Locale } from '../core/localized';

/** Looks up a _locales message; substitutions fill $1, $2, ... A missing key reads as the key. */
export type TextLookup = (key: string, substitutions?: string[]) => string;

export const t: TextLookup = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions) || key;

/**
 * The locale of the message catalog the browser picked, for data texts (rule explanations,
 * platform names) that must match the interface around them. It is read from the catalog itself
 * ("uiLocale" says "en" or "zh_CN") because headless Chromium started with --lang picks the
 * Chinese catalog while i18n.getUILanguage() still answers "en-US".
 */
export function catalogLocale(): Locale {
  return browser.i18n.getMessage('uiLocale') === 'zh_CN' ? 'zh_CN' : 'en';
}

/** The page's lang attribute for a locale. */
export const htmlLang = (locale: Locale) => (locale === 'zh_CN' ? 'zh-CN' : 'en');

/** A piece of interface or data text in every language the product ships. */
export interface Localized {
  en: string;
  zh_CN: string;
}

export type Locale = keyof Localized;

/** Picks the text for a browser UI language such as "zh-CN", "zh", "en-US". */
export function pickLocale(uiLanguage: string | undefined): Locale {
  return uiLanguage?.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/** A piece of interface or data text in every language the product ships. */
export interface Localized {
  en: string;
  zh_CN: string;
}

export type Locale = keyof Localized;

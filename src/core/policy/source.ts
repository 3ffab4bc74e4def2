/**
 * The passage of a source that supports what a rule, event or note says: the sentence(s) in the
 * language of the source (at most QUOTE_MAX_LENGTH characters), with an English gloss when that
 * language is not English.
 */
export interface Quote {
  /** The words of the source, unchanged except for an ellipsis (…) where words are left out. */
  text: string;
  /** Language of `text` as a BCP 47 tag, e.g. "zh-Hans", "zh-Hant", "en". */
  lang: string;
  /** English gloss of `text`; required unless `lang` is English. */
  en?: string;
}

/** Longest quote, in characters (code points). */
export const QUOTE_MAX_LENGTH = 300;

/** A public document a fact in the product rests on. */
export interface Source {
  title: string;
  /** Address of the document: an http(s) URL. */
  url: string;
  /** When it was published: a date ("2021-11-30") or an instant with an offset, where known. */
  published?: string;
  quote?: Quote;
}

/** True when a language tag names English ("en", "en-US"). */
export function isEnglish(lang: string): boolean {
  return /^en(?:-|$)/i.test(lang);
}

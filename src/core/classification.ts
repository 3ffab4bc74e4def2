import type { Category } from './category';

/** One share code (淘口令, 京口令, ...) found in a text, with UTF-16 offsets into that text. */
export interface ShareCodeMatch {
  platform: string;
  /** The code's characters without delimiters, e.g. "MDGGba1MLQh". */
  code: string;
  /** Offset of the first character of the whole mark (delimiters included). */
  start: number;
  /** Offset just past the last character of the whole mark (delimiters included). */
  end: number;
}

export type ClassificationKind = 'url' | 'code' | 'none';

/** What `classify` says about one input. Never thrown: bad input gives kind "none". */
export interface Classification {
  input: string;
  kind: ClassificationKind;
  /** Platform id from the platform table, or null. */
  platform: string | null;
  owner: string | null;
  category: Category | null;
  /** Registrable domain (eTLD+1) of the final target, for URLs. */
  domain: string | null;
  /** The normalised final URL after unwrapping, for URLs. */
  url: string | null;
  /** Ids of the redirect wrappers unwrapped to reach the target, outermost first. */
  via: string[] | null;
  /** For kind "code": every share code found in the text, in order. */
  codes: ShareCodeMatch[] | null;
}

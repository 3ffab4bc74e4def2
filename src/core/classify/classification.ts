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

/** A web link, an app link ("taobao://…"), share codes in a text, or none of them. */
export type ClassificationKind = 'url' | 'app' | 'code' | 'none';

/**
 * Why a host counts as imitating a platform domain: characters of another script or look-alike
 * letters ("confusable", "mixed-script" when one label mixes Latin with another script), digits
 * for letters ("digit-swap"), the platform domain written into a longer host
 * ("hyphen-or-extra-label": "taobao.com.evil.example", "taobao-com.example"), a typing mistake of
 * a platform's name ("typo": "tobao.com", "tao-bao.com", "trnall.com"), a platform's name as a
 * label of another site ("subdomain": "taobao.evil.example"), or a platform domain written as the
 * user name of a link that goes elsewhere ("userinfo": "https://taobao.com@evil.example/").
 */
export type LookalikeReason =
  | 'confusable'
  | 'mixed-script'
  | 'digit-swap'
  | 'hyphen-or-extra-label'
  | 'typo'
  | 'subdomain'
  | 'userinfo';

/** For reason "typo": the typing mistake (see src/core/lookalike/typo.ts). */
export type { TypoClass } from '../lookalike/typo';

/** A deceptive link: its host imitates a platform domain, or its text names another host. */
export type Warning =
  | {
      type: 'lookalike';
      /** Id of the platform imitated. */
      imitates: string;
      /** The platform domain imitated, e.g. "taobao.com". */
      imitatesDomain: string;
      /** The host the link really goes to, as the URL parser writes it (Punycode). */
      host: string;
      reason: LookalikeReason;
      /** For reason "typo" only: which typing mistake ("omission", "transposition", ...). */
      typo?: import('../lookalike/typo').TypoClass;
    }
  | {
      type: 'mismatch';
      /** Id of the platform the visible text names. */
      claimed: string;
      /** The platform host the text names, e.g. "item.taobao.com". */
      claimedHost: string;
      /** The host the link really goes to, after unwrapping redirect wrappers. */
      actualHost: string;
    };

/**
 * Why a share text's record has the platform it has, when its link and codes do not simply agree:
 * - `linkPlatform` is set when the link is on a domain several apps of one owner share (tb.cn:
 *   Taobao, Tmall, Xianyu) and the text names another of them (its 【闲鱼】 header, a Xianyu
 *   code): the record follows the text ("text"), and this is what the domain alone gives;
 * - `codePlatform` is set when a share code of the text names another platform than the record:
 *   the verdict follows the link ("link"), which is what a tap in the chat opens.
 */
export interface PlatformBasis {
  follows: 'text' | 'link';
  linkPlatform: string | null;
  codePlatform: string | null;
}

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
  /** The normalised final URL after unwrapping, for URLs; the app link itself for kind "app". */
  url: string | null;
  /** Ids of the redirect wrappers unwrapped to reach the target, outermost first. */
  via: string[] | null;
  /** For kind "code": every share code found in the text, in order. */
  codes: ShareCodeMatch[] | null;
  /** Present, and not empty, only when the input is a deceptive link (its platform stays null). */
  warnings?: Warning[];
  /** Present only for a text whose link and share code or words name different platforms. */
  basis?: PlatformBasis;
}

/**
 * What the link badger and the share-code marker hand the frame report: each badged thing with
 * the element the popup's "show" scrolls to and flashes, as one pair, so that nothing is ever
 * matched up by position.
 */
import type { Outcome } from '../../core/policy/outcome';
import type { WarningType } from '../../shared/messages';

/** One badged thing and the element to show for it (null when there is none to show). */
export interface Found<T> {
  item: T;
  element: Element | null;
}

/** A badged link. */
export interface FoundLink {
  href: string;
  /** Platform id; "" for a link of no platform that only carries a warning. */
  platform: string;
  category: string | null;
  kind: string;
  outcomes: Record<string, Outcome>;
  rules: Record<string, string | null>;
  /** For a deceptive link: what is wrong, the platform imitated or named, where it really goes. */
  warning: FoundWarning | null;
}

export interface FoundWarning {
  type: WarningType;
  imitates: string;
  /** The host the link really goes to (Punycode). */
  host: string;
}

/** A marked share code. */
export interface FoundCode {
  /** The share code as it stands in the text. */
  input: string;
  platform: string;
  category: string | null;
  outcomes: Record<string, Outcome>;
}

/** What the frame report reads from the content script of its frame. */
export interface ReportSource {
  /** False when the extension is off for this frame's site. */
  readonly active: boolean;
  /** The badged links, in the badger's order. */
  links(): Found<FoundLink>[];
  /** The marked share codes, in the marker's order. */
  codes(): Found<FoundCode>[];
}

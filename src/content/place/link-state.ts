import type { Badge } from '../draw/badge';
import type { BadgeView } from '../draw/badge-view';
import type { LinkElement } from '../scan/link-finder';
import type { Judgement } from './link-judge';

/** What the link badger keeps of a link it judged: its address, judgement and badge. */
export interface LinkState {
  link: LinkElement;
  href: string;
  /** The link's text the judgement read (it names a platform domain), or null for none. */
  text: string | null;
  judgement: Judgement;
  badge: Badge | null;
  view: BadgeView | null;
  placed: boolean;
  /** How often the page removed our badge; we put it back once, then let it be. */
  removals: number;
}

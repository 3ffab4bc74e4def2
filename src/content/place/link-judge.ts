import type { Classification, Warning } from '../../core/classify/classification';
import type { Engine } from '../engine-loader';
import type { LinkElement } from '../scan/link-finder';
import { textNamesPlatformDomain } from '../scan/platform-text';

/** What the badger makes of a link: its classification, and the warning for a deceptive link. */
export interface Judgement {
  classification: Classification;
  /** The host imitates a platform's ("lookalike"), or the text names another host ("mismatch"). */
  warning: Warning | null;
}

/** What a judgement was made from, as the badger keeps it for each link. */
interface Judged {
  href: string;
  text: string | null;
  judgement: Judgement;
}

const MAX_CACHE = 50_000;

/**
 * Judges links with the engine: classifies the href (with lookalike warnings) and compares the
 * link's text, when it names a platform domain, with where the link goes. Judgements are cached
 * by href (and by href and text where the text matters): re-rendered lists cost no new work.
 */
export class LinkJudge {
  private readonly cache = new Map<string, Judgement>();

  constructor(private readonly engine: Engine) {}

  judge(href: string, text: string | null): Judgement {
    const key = cacheKey(href, text);
    let judgement = this.cache.get(key);
    if (!judgement) {
      if (this.cache.size >= MAX_CACHE) this.cache.clear();
      const classification = this.engine.classify(href, undefined, { warnings: true });
      let warning = classification.warnings?.[0] ?? null;
      if (warning === null && text !== null) {
        const mismatch = this.engine.textMismatch(text, href);
        if (mismatch !== null) warning = this.engine.mismatchWarning(mismatch);
      }
      judgement = { classification, warning };
      this.cache.set(key, judgement);
    }
    return judgement;
  }

  /** The link's text (its first MAX_LINK_TEXT_LENGTH characters) if it names a platform domain. */
  namedText(link: LinkElement): string | null {
    const whole = link.textContent ?? '';
    const max = this.engine.MAX_LINK_TEXT_LENGTH;
    const text = whole.length > max ? whole.slice(0, max) : whole;
    return textNamesPlatformDomain(text) ? text : null;
  }

  /**
   * The cache only serves hrefs that come back (re-rendered lists): keep it near the live links
   * (`live`, `count` of them), so long-lived single-page apps do not grow memory.
   */
  keepNear(live: Iterable<Judged>, count: number): void {
    if (this.cache.size <= 2 * count + 1000) return;
    this.cache.clear();
    for (const state of live) this.cache.set(cacheKey(state.href, state.text), state.judgement);
  }
}

/**
 * The cache key of a judgement: the href, and the link text when it was read (an href as the
 * browser serialises it holds no line break).
 */
function cacheKey(href: string, text: string | null): string {
  return text === null ? href : `${href}\n${text}`;
}

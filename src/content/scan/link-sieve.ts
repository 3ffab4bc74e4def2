import type { LinkElement } from './link-finder';
import { eachStep, type Job, STEP } from './stepped-jobs';

/**
 * A native sieve for the links of a big root, owned by the page scanner. The pre-filter
 * (screen.ts) tells it what it learns while screening: the address beginnings it passed over,
 * "scheme://host/" (or "?", "#" after the host, a port allowed) of a host that is no platform's,
 * no redirect wrapper's and imitates none, and the page hosts whose plain paths it passed over. A
 * link whose raw `href` starts with such a beginning goes to that host whatever follows, so the
 * pre-filter would pass over it too. So would a plain path ("/x", "?q", "#f") on a page whose own
 * host is such a host. The sieve's selector leaves those links out: selector matching does in a
 * few milliseconds what reading ten thousand addresses in script does in tens (a wrapper made for
 * each element, code not optimised yet on a first pass).
 *
 * It is only ever a shortcut: every link it keeps goes through the pre-filter as before.
 */

/** Roots with more links than this go through the sieve after a first step (see job). */
const SIEVE_FROM = 4 * STEP;
/** Beginnings noted, bounded: a page with endless hosts stops adding. */
const MAX_NOTED = 512;
/** Beginnings in one selector: matching cost grows with each. */
const MAX_IN_SELECTOR = 48;
/** What a noted beginning may hold: nothing a CSS string would need escaped. */
const SAFE_PREFIX = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]*)?[/?#]$/;

/**
 * Paths, queries and fragments that stay on the page's own host. A path starting "//" or "/\"
 * names another host, and so may one with a tab or line break anywhere (the URL parser drops
 * them: "/\t/evil.example"): those stay in.
 */
const SAME_HOST_PATH =
  '[href^="#"],[href^="?"],[href^="/"]:not([href^="//"],[href^="/\\\\"],[href*="\\9 "],[href*="\\a "],[href*="\\d "])';

export class LinkSieve {
  /** Beginnings noted, with how often. */
  private readonly prefixes = new Map<string, number>();
  /** The page host the pre-filter last screened links on, and whether it passes over its paths. */
  pageHost: string | null = null;
  private plainPaths = false;

  /**
   * Notes the beginning of a raw address the pre-filter passed over for its host alone; `prefix`
   * ends with the character after the host (and port): "/", "?" or "#". Anything else is ignored.
   */
  notePrefix(prefix: string): void {
    const count = this.prefixes.get(prefix);
    if (count !== undefined) this.prefixes.set(prefix, count + 1);
    else if (this.prefixes.size < MAX_NOTED && SAFE_PREFIX.test(prefix))
      this.prefixes.set(prefix, 1);
  }

  /**
   * Notes the lower-case host relative links resolve against, and whether the pre-filter passes
   * over every path, query and fragment on it (it is no platform's and no redirect wrapper's).
   */
  notePageHost(baseHost: string, plainPaths: boolean): void {
    this.pageHost = baseHost;
    this.plainPaths = plainPaths;
  }

  /**
   * The selector of a root's links the sieve keeps, or null when it would keep them all. When
   * relative addresses resolve against `baseHost` and the pre-filter passes over plain paths
   * there, those are left out too.
   */
  selector(baseHost: string): string | null {
    const left = [...this.prefixes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_IN_SELECTOR)
      .map(([prefix]) => `[href^="${prefix}"]`);
    if (baseHost === this.pageHost && this.plainPaths) left.push(SAME_HOST_PATH);
    if (left.length === 0) return null;
    const kept = `:not(${left.join(',')})`;
    return `a[*|href]${kept}, area[href]${kept}`;
  }

  /**
   * A job over a root's links whose texts need no reading (as eachStep). On a root with many
   * links, after a first step has shown the pre-filter the page's usual hosts, the rest are taken
   * from this sieve, which leaves out natively the links the pre-filter would pass over.
   */
  job(
    root: Element | Document | DocumentFragment,
    links: NodeListOf<LinkElement>,
    visit: (link: LinkElement) => void,
    baseHost: string,
    requeue: (job: Job) => void,
  ): Job {
    if (links.length <= SIEVE_FROM) return eachStep(links, visit, requeue);
    const first = Array.prototype.slice.call(links, 0, STEP) as LinkElement[];
    return () => {
      for (const link of first) visit(link);
      const selector = this.selector(baseHost);
      let kept: NodeListOf<LinkElement> | null = null;
      try {
        if (selector !== null) kept = root.querySelectorAll<LinkElement>(selector);
      } catch {
        // A browser without complex :not() keeps reading every link.
      }
      if (kept === null) {
        requeue(eachStep(links, visit, requeue, STEP));
        return;
      }
      const seen = new Set(first);
      const visitUnseen = (link: LinkElement) => {
        if (!seen.has(link)) visit(link);
      };
      requeue(eachStep(kept, visitUnseen, requeue));
    };
  }
}

import type { Locale } from '../../core/localized';
import type { PolicyContext } from '../../shared/policy-context';
import { type Settings, shownScopes } from '../../shared/settings';
import { type TooltipLine, tooltipLines } from '../badge-text';
import type { BadgeFactory } from '../draw/badge-factory';
import { applyContract, fillBadge, fillWarningBadge, removeContract } from '../draw/badge-fill';
import type { Engine } from '../engine-loader';
import type { TextLookup } from '../i18n';
import type { Found, FoundLink } from '../report/found';
import { type LinkElement, linkHref } from '../scan/link-finder';
import type { LinkSieve } from '../scan/link-sieve';
import { screenLink } from '../scan/screen';
import { foundLink } from './found-items';
import { badgeAnchor, isInEditable } from './link-anchor';
import { type Judgement, LinkJudge } from './link-judge';
import type { LinkState } from './link-state';

/**
 * Badges links: a platform's links with their outcomes, and deceptive links with a warning (a
 * host that imitates a platform domain, or a link text that names a platform host the link does
 * not go to). Judgements are cached by href (and by href and text where the text matters); a
 * settings change only re-evaluates them. Links that match no platform cost the pre-filter's
 * string scans and set lookups (see scan/screen.ts); their text is read only when asked.
 */
export class LinkBadger {
  private readonly states = new Map<LinkElement, LinkState>();
  private readonly hosts = new WeakMap<Element, LinkState>();
  private readonly judge: LinkJudge;
  private shownScopes: string[] = [];
  /** Badges made but not yet in the page: they go in together, so the page lays out once. */
  private unplaced: LinkState[] = [];

  constructor(
    private readonly engine: Engine,
    private context: PolicyContext,
    private settings: Settings,
    private readonly locale: Locale,
    private readonly t: TextLookup,
    private readonly factory: BadgeFactory,
  ) {
    this.shownScopes = shownScopes(settings, context.ruleset.scopes);
    this.judge = new LinkJudge(engine);
  }

  /**
   * Looks at these links (new or changed) and badges, updates or unbadges each. With
   * `readLinkText`, each link's text is read too, for a text that names a platform domain the
   * link does not go to ("mismatch"); without it, a link's text is taken to name none (the
   * caller found no platform domain in the text around these links: textNamesPlatformDomain).
   * `sieve` (the page scanner's) learns what the pre-filter passes over. `screened`: the links
   * went through the pre-filter already (they waited for the engine), which is not asked again.
   */
  process(
    links: Iterable<LinkElement>,
    baseHost: string,
    readLinkText = false,
    sieve: LinkSieve | null = null,
    screened = false,
  ): void {
    for (const link of links) {
      const state = this.states.get(link);
      /** The link's text when it names a platform domain, else null; undefined until read. */
      let text: string | null | undefined;
      if (!state && !screened && screenLink(link, baseHost, sieve) === null) {
        if (!readLinkText) continue;
        text = this.judge.namedText(link);
        if (text === null) continue;
      }
      const href = linkHref(link);
      if (state && state.href === href) {
        if (readLinkText) text = this.judge.namedText(link);
        if (!readLinkText || text === state.text) {
          this.ensurePlaced(link, state);
          continue;
        }
      }
      if (text === undefined) text = readLinkText ? this.judge.namedText(link) : null;
      if (text === null && screenLink(href, baseHost) === null) {
        if (state) this.unbadge(link, state);
        continue;
      }
      const judgement = this.judge.judge(href, text);
      const { classification, warning } = judgement;
      const isPlatform = classification.kind !== 'none' && classification.platform !== null;
      if ((!isPlatform && warning === null) || isInEditable(link)) {
        if (state) this.unbadge(link, state);
        continue;
      }
      const next: LinkState = state ?? {
        link,
        href,
        text,
        judgement,
        badge: null,
        view: null,
        placed: false,
        removals: 0,
      };
      next.href = href;
      next.text = text;
      next.judgement = judgement;
      this.states.set(link, next);
      // A platform link the settings leave out (content links, when only shopping is shown) is
      // kept, classified, without a badge: switching the setting back shows it at once.
      if (this.wants(judgement)) this.fill(link, next);
      else this.hide(link, next);
    }
  }

  /** New settings or policy context: re-evaluate every badge from its cached classification. */
  update(context: PolicyContext, settings: Settings): void {
    this.context = context;
    this.settings = settings;
    this.shownScopes = shownScopes(settings, context.ruleset.scopes);
    for (const [link, state] of this.states) {
      if (!link.isConnected) {
        this.forget(link, state);
      } else if (!this.wants(state.judgement)) {
        this.hide(link, state);
      } else {
        this.fill(link, state);
      }
    }
    this.placeAll();
  }

  /** Removes every badge and contract attribute this badger added. */
  clear(): void {
    for (const [link, state] of this.states) this.unbadge(link, state);
  }

  /** Drops links that left the document, so long-lived single-page apps do not grow memory. */
  prune(): void {
    for (const [link, state] of this.states) {
      if (!link.isConnected) this.forget(link, state);
    }
    this.judge.keepNear(this.states.values(), this.states.size);
  }

  tooltipFor(host: HTMLElement): TooltipLine[] | null {
    const state = this.hosts.get(host);
    if (!state?.view) return null;
    return tooltipLines(state.view, this.shownScopes, this.locale, this.t);
  }

  /**
   * Every badged link in the page with the element "show" flashes for it (the link, or what its
   * badge follows), in the badger's order: one walk over what the badger already knows (the frame
   * report is rebuilt after every pass, so it reads no link). A deceptive link of no platform has
   * platform "", no outcomes and its warning.
   */
  found(): Found<FoundLink>[] {
    const out: Found<FoundLink>[] = [];
    for (const [link, state] of this.states) {
      const view = state.view;
      if (!view || !link.isConnected) continue;
      out.push({ item: foundLink(state.href, view), element: badgeAnchor(link) });
    }
    return out;
  }

  get size(): number {
    return this.states.size;
  }

  /** Whether the settings show this link's badge: a warning shows whatever the categories. */
  private wants({ classification, warning }: Judgement): boolean {
    return (
      warning !== null ||
      this.settings.categories === 'all' ||
      classification.category === 'ecommerce'
    );
  }

  /** Takes a link's badge and contract away but keeps its classification. */
  private hide(link: LinkElement, state: LinkState): void {
    state.badge?.host.remove();
    state.placed = false;
    state.view = null;
    removeContract(link);
  }

  /** Fills the link's badge (made on first need) and sets the link's contract. */
  private fill(link: LinkElement, state: LinkState): void {
    const { classification, warning } = state.judgement;
    const view = this.engine.badgeView(classification, this.context, this.locale, warning);
    state.view = view;
    if (!state.badge) {
      state.badge = this.factory.create();
      this.hosts.set(state.badge.host, state);
    }
    if (view.platform === '') {
      fillWarningBadge(state.badge, view, this.context.ruleset.scopes, this.locale, this.t);
    } else {
      fillBadge(state.badge, view, this.shownScopes, this.locale, this.t);
    }
    applyContract(link, view);
    if (!state.placed) this.unplaced.push(state);
    else this.ensurePlaced(link, state);
  }

  /** How many badges wait to be put into the page. */
  get unplacedCount(): number {
    return this.unplaced.length;
  }

  /** Puts every waiting badge right after its link, in one go. */
  placeAll(): void {
    const waiting = this.unplaced;
    this.unplaced = [];
    for (const state of waiting) {
      if (this.states.get(state.link) === state && state.view) this.ensurePlaced(state.link, state);
    }
  }

  private ensurePlaced(link: LinkElement, state: LinkState): void {
    const host = state.badge?.host;
    if (!host || !state.view || host.isConnected || !link.isConnected) return;
    if (state.placed) {
      // The page took our badge out: put it back once, never fight it in a loop.
      if (state.removals > 0) return;
      state.removals += 1;
    }
    badgeAnchor(link).after(host);
    state.placed = true;
  }

  /** Our observer saw a badge host leave the page. */
  badgeRemoved(host: Element): void {
    const state = this.hosts.get(host);
    if (state && this.states.get(state.link) === state) this.ensurePlaced(state.link, state);
  }

  /** Takes a link's badge and contract away, and forgets the link. */
  private unbadge(link: LinkElement, state: LinkState): void {
    this.hide(link, state);
    this.forget(link, state);
  }

  private forget(link: LinkElement, state: LinkState): void {
    if (state.badge) this.factory.release(state.badge);
    this.states.delete(link);
  }
}

import type { Classification } from '../core/classification';
import type { Locale } from '../core/localized';
import type { PolicyContext } from '../shared/policy-context';
import { type Settings, shownScopes } from '../shared/settings';
import type { BadgeFactory } from './badge';
import { applyContract, removeContract, renderBadge } from './badge-render';
import { type TooltipLine, tooltipLines } from './badge-text';
import type { BadgeView } from './badge-view';
import { isCandidateHref, isCandidateLink } from './candidate';
import type { Engine } from './engine-loader';
import { badgeAnchor, isInEditable } from './link-anchor';
import { type LinkElement, linkHref } from './link-finder';
import type { MessageLookup } from './messages';

interface LinkState {
  link: LinkElement;
  href: string;
  classification: Classification;
  host: HTMLElement | null;
  view: BadgeView | null;
  placed: boolean;
  /** How often the page removed our badge; we put it back once, then let it be. */
  removals: number;
}

/** One link's entry in the page report the popup shows. */
export interface LinkReport {
  href: string;
  platform: string;
  category: string | null;
  kind: string;
  outcomes: Record<string, string>;
  rules: Record<string, string | null>;
}

const MAX_CACHE = 50_000;

/**
 * Badges links. Classifications are cached by href; a settings change only re-evaluates them.
 * Links that match no platform cost one string scan and one set lookup (mightBeKnownHost).
 */
export class LinkBadger {
  private readonly states = new Map<LinkElement, LinkState>();
  private readonly hosts = new WeakMap<Element, LinkState>();
  private readonly cache = new Map<string, Classification>();
  private shownScopes: string[] = [];
  /** Badges made but not yet in the page: they go in together, so the page lays out once. */
  private unplaced: LinkState[] = [];

  constructor(
    private readonly engine: Engine,
    private context: PolicyContext,
    private settings: Settings,
    private readonly locale: Locale,
    private readonly t: MessageLookup,
    private readonly factory: BadgeFactory,
  ) {
    this.shownScopes = shownScopes(settings, context.ruleset.scopes);
  }

  /** Looks at these links (new or changed) and badges, updates or unbadges each. */
  process(links: Iterable<LinkElement>, baseHost: string): void {
    for (const link of links) {
      const state = this.states.get(link);
      if (!state && !isCandidateLink(link, baseHost)) continue;
      const href = linkHref(link);
      if (state && state.href === href) {
        this.ensurePlaced(link, state);
        continue;
      }
      if (!isCandidateHref(href)) {
        if (state) this.unbadge(link, state);
        continue;
      }
      const classification = this.classify(href);
      if (
        classification.kind === 'none' ||
        classification.platform === null ||
        isInEditable(link)
      ) {
        if (state) this.unbadge(link, state);
        continue;
      }
      const next: LinkState = state ?? {
        link,
        href,
        classification,
        host: null,
        view: null,
        placed: false,
        removals: 0,
      };
      next.href = href;
      next.classification = classification;
      this.states.set(link, next);
      // A platform link the settings leave out (content links, when only shopping is shown) is
      // kept, classified, without a badge: switching the setting back shows it at once.
      if (this.wants(classification)) this.render(link, next);
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
      } else if (!this.wants(state.classification)) {
        this.hide(link, state);
      } else {
        this.render(link, state);
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
    // The cache only serves hrefs that come back (re-rendered lists): keep it near the live links.
    if (this.cache.size > 2 * this.states.size + 1000) {
      this.cache.clear();
      for (const state of this.states.values()) this.cache.set(state.href, state.classification);
    }
  }

  tooltipFor(host: HTMLElement): TooltipLine[] | null {
    const state = this.hosts.get(host);
    if (!state?.view) return null;
    return tooltipLines(state.view, this.shownScopes, this.locale, this.t);
  }

  /** The page report: every badged link in document order of discovery. */
  report(): LinkReport[] {
    const out: LinkReport[] = [];
    for (const [link, state] of this.states) {
      if (!state.view || !link.isConnected) continue;
      out.push({
        href: state.href,
        platform: state.view.platform,
        category: state.view.category,
        kind: state.view.kind,
        outcomes: Object.fromEntries(state.view.verdicts.map((v) => [v.scope, v.outcome])),
        rules: Object.fromEntries(state.view.verdicts.map((v) => [v.scope, v.rule])),
      });
    }
    return out;
  }

  /** The badged links, for the popup's "show" action. */
  links(): LinkElement[] {
    return [...this.states.keys()].filter(
      (link) => link.isConnected && this.states.get(link)?.view,
    );
  }

  get size(): number {
    return this.states.size;
  }

  private wants(classification: Classification): boolean {
    return this.settings.categories === 'all' || classification.category === 'ecommerce';
  }

  /** Takes a link's badge and contract away but keeps its classification. */
  private hide(link: LinkElement, state: LinkState): void {
    state.host?.remove();
    state.placed = false;
    state.view = null;
    removeContract(link);
  }

  private classify(href: string): Classification {
    let classification = this.cache.get(href);
    if (!classification) {
      if (this.cache.size >= MAX_CACHE) this.cache.clear();
      classification = this.engine.classify(href);
      this.cache.set(href, classification);
    }
    return classification;
  }

  private render(link: LinkElement, state: LinkState): void {
    const view = this.engine.badgeView(state.classification, this.context, this.locale);
    state.view = view;
    if (!state.host) {
      state.host = this.factory.create();
      this.hosts.set(state.host, state);
    }
    renderBadge(state.host, view, this.shownScopes, this.locale, this.t);
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
    const host = state.host;
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

  private unbadge(link: LinkElement, state: LinkState): void {
    if (state.host) this.factory.release(state.host);
    state.host = null;
    state.placed = false;
    state.view = null;
    removeContract(link);
    this.states.delete(link);
  }

  private forget(link: LinkElement, state: LinkState): void {
    if (state.host) this.factory.release(state.host);
    this.states.delete(link);
  }
}

import type { Settings } from '../../shared/settings';
import { BadgeFactory } from '../draw/badge-factory';
import type { Engine } from '../engine-loader';
import { lookupText, uiLocale } from '../i18n';
import { installTooltips } from '../tooltip';
import { LinkBadger } from './link-badger';
import { ShareCodeMarker } from './share-code-marker';

/**
 * What badges a page once the engine is here: one badge factory, the link badger and the
 * share-code marker sharing it, and the tooltips of their badges.
 */
export class Badging {
  readonly factory: BadgeFactory;
  readonly badger: LinkBadger;
  readonly marker: ShareCodeMarker;
  private readonly removeTooltips: () => void;

  constructor(
    doc: Document,
    private readonly engine: Engine,
    settings: Settings,
  ) {
    const context = engine.policyContext(settings);
    const locale = uiLocale();
    this.factory = new BadgeFactory(doc, context.ruleset.scopes);
    const badger = new LinkBadger(engine, context, settings, locale, lookupText, this.factory);
    const marker = new ShareCodeMarker(
      engine,
      doc,
      this.factory,
      context,
      settings,
      locale,
      lookupText,
    );
    this.badger = badger;
    this.marker = marker;
    this.removeTooltips = installTooltips(
      doc,
      (host) => badger.tooltipFor(host) ?? marker.tooltipFor(host),
    );
  }

  /** New settings: every badge is re-evaluated from its cached classification. */
  update(settings: Settings): void {
    const context = this.engine.policyContext(settings);
    this.badger.update(context, settings);
    this.marker.update(context, settings);
  }

  /** One of our badges left the page: it is put back once. */
  badgeRemoved(host: Element): void {
    this.badger.badgeRemoved(host);
    this.marker.badgeRemoved(host);
  }

  /** Forgets what left the page. */
  prune(): void {
    this.badger.prune();
    this.marker.prune();
  }

  /** Removes every badge, highlight, contract attribute and tooltip listener. */
  clear(): void {
    this.removeTooltips();
    this.badger.clear();
    this.marker.clear();
    this.factory.disconnect();
  }
}

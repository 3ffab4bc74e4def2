/**
 * A format-1 ruleset whose upgrade to format 2 cannot be used yet, in words: each source that
 * needs a quote, with the rules and events citing it, and the upgraded file to download (so its
 * author can add the quotes and import it). Shown after an import and for a stored ruleset.
 */
import { h } from '../ui/dom';
import type { TextLookup } from '../ui/i18n';
import type { UpgradeOffer } from './ruleset-import';

/** The upgraded file as a link with a download name (a data: address: nothing to revoke). */
function downloadLink(offer: UpgradeOffer, t: TextLookup): HTMLElement {
  return h('a', {
    className: 'button upgrade-download',
    text: t('upgradeDownload'),
    attrs: {
      href: `data:application/json;charset=utf-8,${encodeURIComponent(offer.json)}`,
      download: offer.fileName,
    },
  });
}

/** `lead` is the key of the first sentence: what the ruleset is and that it is not used. */
export function upgradeOfferView(
  offer: UpgradeOffer,
  t: TextLookup,
  lead: 'upgradeNotUsable' | 'customFormat1Unusable' = 'upgradeNotUsable',
): Node[] {
  const needed = offer.quotesNeeded;
  const nodes: Node[] = [h('p', { text: t(lead) })];
  if (needed.length > 0) {
    nodes.push(
      h('p', {
        text:
          needed.length === 1
            ? t('upgradeNeedsQuotesOne')
            : t('upgradeNeedsQuotes', [String(needed.length)]),
      }),
      h(
        'ul',
        { className: 'problems quotes-needed' },
        needed.map((entry) =>
          h('li', { dataset: { source: entry.source } }, [
            h('code', { text: entry.path }),
            ' ',
            h('strong', { text: entry.source }),
            `: ${entry.title} (${entry.url}); `,
            t('quoteCitedBy', [entry.citedBy.join(', ')]),
          ]),
        ),
      ),
    );
  }
  nodes.push(h('p', {}, [downloadLink(offer, t)]));
  return nodes;
}

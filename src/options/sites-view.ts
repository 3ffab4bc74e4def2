/** The sites where Chat Link Lens is switched off, each with "Turn on again". */
import { h } from '../ui/dom';
import type { TextLookup } from '../ui/i18n';

export function disabledSiteItems(
  sites: readonly string[],
  t: TextLookup,
  turnOn: (site: string) => void,
): HTMLElement[] {
  if (sites.length === 0) return [h('li', { className: 'muted', text: t('sitesNone') })];
  return sites.map((site) => {
    const button = h('button', {
      className: 'button',
      text: t('sitesTurnOn'),
      attrs: { type: 'button', 'aria-label': t('sitesTurnOnLabel', [site]) },
    });
    button.addEventListener('click', () => turnOn(site));
    return h('li', { className: 'site' }, [h('span', { text: site }), button]);
  });
}

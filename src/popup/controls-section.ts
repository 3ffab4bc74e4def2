/**
 * The popup's controls: which scopes badges show, on/off for this site and everywhere, the chat
 * app, and links to the rule timeline and the options page. Each change is saved at once; the
 * content script of every open tab follows through storage.onChanged.
 */
import browser from 'webextension-polyfill';
import type { Locale } from '../core/localized';
import type { ScopeChoice, Settings } from '../shared/settings';
import { saveSettings } from '../shared/settings-store';
import { appChoices } from '../ui/app-choices';
import { h } from '../ui/dom';
import type { TextLookup } from '../ui/i18n';

export interface ControlElements {
  scopes: RadioNodeList | HTMLInputElement[];
  site: HTMLInputElement;
  siteLabel: HTMLElement;
  global: HTMLInputElement;
  app: HTMLSelectElement;
  rulesLink: HTMLAnchorElement;
  optionsLink: HTMLAnchorElement;
}

export class ControlsSection {
  private settings: Settings | null = null;
  private hostname = '';

  constructor(
    private readonly elements: ControlElements,
    private readonly locale: Locale,
    private readonly t: TextLookup,
  ) {
    for (const radio of elements.scopes) {
      radio.addEventListener('change', () => {
        if (radio.checked) saveSettings({ scopes: radio.value as ScopeChoice });
      });
    }
    elements.global.addEventListener('change', () =>
      saveSettings({ enabled: elements.global.checked }),
    );
    elements.site.addEventListener('change', () => this.siteToggled());
    elements.app.addEventListener('change', () => saveSettings({ app: elements.app.value }));
    elements.rulesLink.addEventListener('click', (event) => {
      event.preventDefault();
      browser.tabs.create({ url: browser.runtime.getURL('rules.html') }).then(() => window.close());
    });
    elements.optionsLink.addEventListener('click', (event) => {
      event.preventDefault();
      browser.runtime.openOptionsPage().then(() => window.close());
    });
  }

  /** Shows the settings; `hostname` is the described tab's site ("" when it cannot be checked). */
  update(settings: Settings, hostname: string): void {
    this.settings = settings;
    this.hostname = hostname;
    const { scopes, site, siteLabel, global, app } = this.elements;
    for (const radio of scopes) radio.checked = radio.value === settings.scopes;
    global.checked = settings.enabled;
    site.disabled = hostname === '';
    site.checked = hostname !== '' && !settings.disabledSites.includes(hostname.toLowerCase());
    siteLabel.textContent =
      hostname === '' ? this.t('siteUnavailable') : this.t('siteOn', [hostname]);
    const choices = appChoices(settings, this.locale, this.t);
    const current = [...app.options].map((option) => `${option.value}=${option.text}`).join('|');
    const wanted = choices.map((choice) => `${choice.id}=${choice.name}`).join('|');
    if (current !== wanted) {
      app.replaceChildren(
        ...choices.map((choice) => h('option', { text: choice.name, attrs: { value: choice.id } })),
      );
    }
    app.value = settings.app;
  }

  private siteToggled(): void {
    const settings = this.settings;
    const hostname = this.hostname.toLowerCase();
    if (!settings || hostname === '') return;
    const others = settings.disabledSites.filter((site) => site !== hostname);
    saveSettings({
      disabledSites: this.elements.site.checked ? others : [...others, hostname],
    });
  }
}

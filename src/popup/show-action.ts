/**
 * The "show" action: each press of a group's button scrolls to and flashes the next item of that
 * group on the page, in whichever frame it is, going round when it reaches the last.
 */
import browser from 'webextension-polyfill';
import type { Locale } from '../core/localized';
import { OUTCOME_LABEL } from '../core/policy/outcome-label';
import { groupKey, parseShowResult, type ShowItemMessage } from '../shared/messages';
import type { TextLookup } from '../ui/i18n';
import { scopeLabel } from '../ui/labels';
import type { OutcomeCell, SummaryRow } from './page-summary-model';
import { rowName } from './summary-table';

export class ShowAction {
  /** The next position to show, per group (only for this popup's life: nothing to keep). */
  private readonly next = new Map<string, number>();

  constructor(
    private readonly tabId: number,
    private readonly status: HTMLElement,
    private readonly locale: Locale,
    private readonly t: TextLookup,
  ) {}

  async show(cell: OutcomeCell, row: SummaryRow): Promise<void> {
    const key = groupKey(cell.group);
    const total = cell.places.length;
    const index = (this.next.get(key) ?? 0) % total;
    this.next.set(key, index + 1);
    const place = cell.places[index];
    if (!place) return;
    let found = false;
    try {
      const request: ShowItemMessage = {
        type: 'show-item',
        group: cell.group,
        ordinal: place.ordinal,
      };
      const answer: unknown = await browser.tabs.sendMessage(this.tabId, request, {
        frameId: place.frameId,
      });
      found = parseShowResult(answer)?.found ?? false;
    } catch {
      found = false;
    }
    this.status.textContent = found
      ? this.t('showingItem', [
          String(index + 1),
          String(total),
          rowName(row, this.locale, this.t),
          scopeLabel(cell.group.scope, this.t),
          OUTCOME_LABEL[cell.group.outcome][this.locale],
        ])
      : this.t('showingGone');
  }
}

/**
 * The table of the "This page" summary: a row per platform (links and share codes apart), a
 * column per shown scope, and in each cell one button per outcome ("✓ 5") that shows the next
 * item of that group on the page.
 */
import { platformName } from '../core/classify/display-names';
import type { Locale } from '../core/localized';
import { OUTCOME_LABEL, OUTCOME_SYMBOL } from '../core/policy/outcome-label';
import { groupKey } from '../shared/messages';
import { h } from '../ui/dom';
import type { TextLookup } from '../ui/i18n';
import { scopeLabel, scopeShortLabel } from '../ui/labels';
import type { OutcomeCell, PageSummary, SummaryRow } from './page-summary-model';

export type ShowHandler = (cell: OutcomeCell, row: SummaryRow) => void;

/** "Taobao links" / "淘宝链接", "Taobao share codes" / "淘宝口令". */
export function rowName(row: SummaryRow, locale: Locale, t: TextLookup): string {
  const name = platformName(row.platform, locale);
  return t(row.kind === 'code' ? 'rowCodes' : 'rowLinks', [name]);
}

export function summaryTable(
  summary: PageSummary,
  scopes: readonly string[],
  locale: Locale,
  t: TextLookup,
  onShow: ShowHandler,
): HTMLTableElement {
  const head = h('tr', {}, [
    h('th', { text: t('columnPlatform'), attrs: { scope: 'col' } }),
    ...scopes.map((scope) =>
      h('th', { attrs: { scope: 'col', title: scopeLabel(scope, t) } }, [
        h('span', { text: scopeShortLabel(scope, t), attrs: { 'aria-hidden': 'true' } }),
        h('span', { text: scopeLabel(scope, t), className: 'visually-hidden' }),
      ]),
    ),
  ]);
  const rows = summary.rows.map((row) =>
    h('tr', {}, [
      h('th', { attrs: { scope: 'row' } }, [
        h('span', { text: rowName(row, locale, t), className: 'row-name' }),
        h('span', { text: String(row.count), className: 'row-count' }),
      ]),
      ...scopes.map((scope) =>
        h(
          'td',
          {},
          (row.cells[scope] ?? []).map((cell) => showButton(cell, row, locale, t, onShow)),
        ),
      ),
    ]),
  );
  return h('table', { className: 'summary' }, [
    h('caption', { text: t('summaryCaption'), className: 'visually-hidden' }),
    h('thead', {}, [head]),
    h('tbody', {}, rows),
  ]);
}

function showButton(
  cell: OutcomeCell,
  row: SummaryRow,
  locale: Locale,
  t: TextLookup,
  onShow: ShowHandler,
): HTMLButtonElement {
  const { outcome, scope } = cell.group;
  const count = String(cell.places.length);
  const label = t('showGroup', [
    count,
    rowName(row, locale, t),
    scopeLabel(scope, t),
    OUTCOME_LABEL[outcome][locale],
  ]);
  const button = h('button', {
    className: `chip outcome-${outcome}`,
    text: `${OUTCOME_SYMBOL[outcome]} ${count}`,
    attrs: { type: 'button', 'aria-label': label, title: label },
    dataset: { key: groupKey(cell.group), outcome },
  });
  button.addEventListener('click', () => onShow(cell, row));
  return button;
}

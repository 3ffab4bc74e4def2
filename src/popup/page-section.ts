/**
 * The "This page" section: what the content script found on the tab (links and share codes per
 * platform and outcome; deceptive links), the "show" buttons, and the exports; or why there is
 * nothing to show.
 */

import { platformName } from '../core/classify/display-names';
import type { Locale } from '../core/localized';
import { formatChinaTime } from '../core/policy/china-time';
import type { Ruleset } from '../core/policy/rule';
import type { FrameEntry, TabReport } from '../shared/messages';
import { countNotDirect } from '../shared/not-direct';
import { policyInstant } from '../shared/policy-context';
import { isActiveOn, type Settings, shownScopes } from '../shared/settings';
import { replaceKeepingFocus } from '../ui/dom';
import type { TextLookup } from '../ui/i18n';
import { scopePhrase } from '../ui/labels';
import { downloadText, exportFileName } from './download';
import { exportCsv } from './export-csv';
import { exportJson } from './export-json';
import { exportRows } from './export-records';
import { pageSummary } from './page-summary-model';
import { pageWarnings } from './page-warnings-model';
import type { ShowAction } from './show-action';
import { summaryTable } from './summary-table';

export interface PageElements {
  site: HTMLElement;
  counts: HTMLElement;
  notDirect: HTMLElement;
  table: HTMLElement;
  warnings: HTMLElement;
  warningsCount: HTMLElement;
  warningsList: HTMLElement;
  exportCsv: HTMLButtonElement;
  exportJson: HTMLButtonElement;
}

/** Deceptive links listed by name; the rest are counted. */
const WARNINGS_LISTED = 5;

/** The page's exports, built from the same report and settings the section shows. */
export interface PageExports {
  csv(): string;
  json(): string;
  fileName(extension: string): string;
}

export class PageSection {
  private exports: PageExports | null = null;

  constructor(
    private readonly elements: PageElements,
    private readonly locale: Locale,
    private readonly t: TextLookup,
    private readonly showAction: ShowAction | null,
  ) {
    elements.exportCsv.addEventListener('click', () =>
      this.save('csv', 'text/csv;charset=utf-8', (exports) => exports.csv()),
    );
    elements.exportJson.addEventListener('click', () =>
      this.save('json', 'application/json', (exports) => exports.json()),
    );
  }

  update(report: TabReport | null, settings: Settings, ruleset: Ruleset): void {
    const { site, counts, notDirect, table } = this.elements;
    const top = report?.frames.find((frame) => frame.frameId === 0);
    site.textContent = top?.hostname ?? '';
    this.exports = null;
    notDirect.textContent = '';
    this.showWarnings([]);
    if (!report || report.frames.length === 0) {
      this.setEmpty(this.t('pageNoReport'));
      return;
    }
    if (!settings.enabled) {
      this.setEmpty(this.t('pageOffEverywhere'));
      return;
    }
    if (top && top.hostname !== '' && !isActiveOn(settings, top.hostname)) {
      this.setEmpty(this.t('pageOffHere', [top.hostname]));
      return;
    }
    const frames = report.frames.filter((frame) => frame.active);
    const scopes = shownScopes(settings, ruleset.scopes);
    const summary = pageSummary(frames, scopes);
    this.showWarnings(frames);
    if (summary.rows.length === 0) {
      this.setEmpty(this.t('pageNothingFound'));
      return;
    }
    counts.textContent = this.t('pageCounts', [String(summary.links), String(summary.codes)]);
    if (summary.truncated) counts.textContent += ` ${this.t('pageTruncated')}`;
    const notDirectCount = countNotDirect(frames, scopes);
    const appName = ruleset.name[this.locale];
    const phrase = scopePhrase(scopes, this.t);
    notDirect.textContent =
      notDirectCount === 0
        ? this.t(summary.links === 1 ? 'allDirectOne' : 'allDirect', [
            String(summary.links),
            appName,
            phrase,
          ])
        : this.t(notDirectCount === 1 ? 'notDirectOne' : 'notDirect', [
            String(notDirectCount),
            appName,
            phrase,
          ]);
    replaceKeepingFocus(table, [
      summaryTable(summary, scopes, this.locale, this.t, (cell, row) => {
        this.showAction?.show(cell, row);
      }),
    ]);
    this.exports = this.makeExports(frames, settings, ruleset, top?.url ?? '', top?.hostname ?? '');
    this.setExportsEnabled(true);
  }

  /** Lists the page's deceptive links (hidden when there are none). */
  private showWarnings(frames: readonly FrameEntry[]): void {
    const { warnings, warningsCount, warningsList } = this.elements;
    const found = pageWarnings(frames, WARNINGS_LISTED);
    warnings.hidden = found.count === 0;
    warningsCount.textContent =
      found.count === 1 ? this.t('pageWarningsOne') : this.t('pageWarnings', [String(found.count)]);
    const items = found.shown.map((warning) => {
      const item = document.createElement('li');
      const name = platformName(warning.imitates, this.locale);
      item.textContent =
        warning.type === 'lookalike'
          ? this.t('pageWarningLookalike', [warning.host, name])
          : this.t('pageWarningMismatch', [warning.host, name]);
      item.title = warning.input;
      return item;
    });
    if (found.count > found.shown.length) {
      const more = document.createElement('li');
      more.textContent = this.t('pageWarningsMore', [String(found.count - found.shown.length)]);
      items.push(more);
    }
    warningsList.replaceChildren(...items);
  }

  private setEmpty(text: string): void {
    this.elements.counts.textContent = text;
    this.elements.table.replaceChildren();
    this.setExportsEnabled(false);
  }

  private setExportsEnabled(enabled: boolean): void {
    this.elements.exportCsv.disabled = !enabled;
    this.elements.exportJson.disabled = !enabled;
  }

  private makeExports(
    frames: FrameEntry[],
    settings: Settings,
    ruleset: Ruleset,
    page: string,
    hostname: string,
  ): PageExports {
    const rows = (at: number) => exportRows(frames, ruleset, at, this.locale);
    return {
      csv: () => exportCsv(rows(policyInstant(settings)), ruleset.scopes),
      json: () => {
        const at = policyInstant(settings);
        const header = {
          app: ruleset.app,
          asOf: formatChinaTime(at),
          policyDate: settings.policyDate,
          page,
        };
        return exportJson(header, rows(at));
      },
      fileName: (extension) => exportFileName(hostname, settings.policyDate, extension),
    };
  }

  private save(extension: string, type: string, build: (exports: PageExports) => string): void {
    const exports = this.exports;
    if (!exports) return;
    downloadText(exports.fileName(extension), type, build(exports));
  }
}

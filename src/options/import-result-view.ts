/** What an import did, in words: imported, or why not, with each problem and where it is. */
import type { Locale } from '../core/localized';
import { h } from '../ui/dom';
import type { TextLookup } from '../ui/i18n';
import type { ImportResult } from './ruleset-import';
import { upgradeOfferView } from './upgrade-offer-view';

export function importResultView(result: ImportResult, locale: Locale, t: TextLookup): Node[] {
  switch (result.kind) {
    case 'imported': {
      const done = h('p', {
        className: 'result-ok',
        text: t(result.replaced ? 'importReplaced' : 'importDone', [
          result.ruleset.name[locale],
          result.ruleset.app,
          String(result.ruleset.rules.length),
        ]),
      });
      return result.upgradedFrom === 1 ? [done, h('p', { text: t('importUpgraded') })] : [done];
    }
    case 'too-large':
      return [failure(t('importTooLarge', [String(Math.round(result.bytes / 1000))]))];
    case 'not-json':
      return [failure(t('importNotJson')), problemList([{ path: '$', message: result.detail }])];
    case 'shipped-app':
      return [
        failure(t('importNotDone')),
        problemList([{ path: 'app', message: t('importShippedApp', [result.app]) }]),
      ];
    case 'too-many':
      return [failure(t('importTooMany'))];
    case 'problems': {
      const count = result.problems.length;
      const headline =
        count === 0
          ? t('importNotDone')
          : t(count === 1 ? 'importProblemsOne' : 'importProblems', [String(count)]);
      if (result.upgrade === null) return [failure(headline), problemList(result.problems)];
      // A format-1 ruleset: what its upgrade lacks, the upgraded file, then its other problems.
      return [
        failure(headline),
        ...upgradeOfferView(result.upgrade, t),
        ...(count === 0
          ? []
          : [h('p', { text: t('upgradeOtherProblems') }), problemList(result.problems)]),
      ];
    }
  }
}

function failure(text: string): HTMLElement {
  return h('p', { className: 'result-error', text });
}

function problemList(problems: { path: string; message: string }[]): HTMLElement {
  return h(
    'ul',
    { className: 'problems' },
    problems.map((problem) =>
      h('li', {}, [h('code', { text: problem.path }), ': ', problem.message]),
    ),
  );
}

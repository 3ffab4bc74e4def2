import type { LookalikeReason, Warning } from '../core/classify/classification';
import { platformName, wrapperName } from '../core/classify/display-names';
import { OUTCOME_LABEL, OUTCOME_SYMBOL } from '../core/policy/outcome-label';
import type { Ruleset } from '../core/policy/rule';
import type { CheckRecord } from '../core/record/check-record';
import { fitToWidth } from './display-width';

const INPUT_WIDTH = 46;
const WARNING_MARK = '⚠';
const PLATFORM_WIDTH = 12;
const SCOPE_WIDTH = 16;

/** The aligned table people read: a header, then one row per input, written as they come. */
export class CheckTable {
  private readonly rules = new Map<
    string,
    { explanation: string; evidence: string; sources: string }
  >();

  constructor(private readonly ruleset: Ruleset) {}

  header(at: string): string {
    const scopes = this.ruleset.scopes.map((scope) => fitToWidth(scopeTitle(scope), SCOPE_WIDTH));
    return [
      `${this.ruleset.name.en} as of ${at.replace('T', ' ').replace(/:\d\d(\.\d+)?\+08:00$/, '')} China time (UTC+08:00)`,
      '',
      `${fitToWidth('INPUT', INPUT_WIDTH)}  ${fitToWidth('PLATFORM', PLATFORM_WIDTH)}  ${scopes.join('  ')}  VIA`,
    ].join('\n');
  }

  row(record: CheckRecord): string {
    const warning = record.platform ? null : warningText(record.warnings);
    // A deceptive input of no platform: the warning takes the place of the platform and outcomes.
    if (warning !== null) return `${fitToWidth(record.input, INPUT_WIDTH)}  ${warning}`;
    const platform = record.platform ? platformName(record.platform, 'en') : '-';
    const cells = this.ruleset.scopes.map((scope) => {
      const verdict = record.verdicts?.[scope];
      if (!verdict) return fitToWidth('-', SCOPE_WIDTH);
      if (verdict.rule && verdict.explanation) {
        this.rules.set(verdict.rule, {
          explanation: verdict.explanation,
          evidence: verdict.evidence ?? '',
          sources: verdict.sources.map((source) => source.title).join('; '),
        });
      }
      const label = `${OUTCOME_SYMBOL[verdict.outcome]} ${OUTCOME_LABEL[verdict.outcome].en}`;
      return fitToWidth(label, SCOPE_WIDTH);
    });
    const via = record.via?.map((id) => wrapperName(id, 'en')).join(' > ') ?? '';
    const kind = record.kind === 'code' || record.kind === 'app' ? ` (${record.kind})` : '';
    return `${fitToWidth(record.input, INPUT_WIDTH)}  ${fitToWidth(platform + kind, PLATFORM_WIDTH)}  ${cells.join('  ')}  ${via}`.trimEnd();
  }

  /** The rules the rows cited, each with its explanation, evidence and sources. */
  footer(): string {
    if (this.rules.size === 0) return '';
    const lines = ['', 'Rules cited:'];
    for (const [id, rule] of this.rules) {
      lines.push(`  ${id} [${rule.evidence}]: ${rule.explanation}`, `    sources: ${rule.sources}`);
    }
    return lines.join('\n');
  }
}

/** Why a lookalike is one, in a few words ("typo", "look-alike letters"). */
const REASON_WORDS: Record<LookalikeReason, string> = {
  confusable: 'look-alike letters',
  'mixed-script': 'mixed scripts',
  'digit-swap': 'digits for letters',
  'hyphen-or-extra-label': 'inside another address',
  typo: 'typo',
  subdomain: 'name on another site',
  userinfo: 'user-info trick',
};

/** "⚠ imitates Taobao (typo)" for the first lookalike warning, or null when there is none. */
export function warningText(warnings: readonly Warning[]): string | null {
  for (const warning of warnings) {
    if (warning.type !== 'lookalike') continue;
    return `${WARNING_MARK} imitates ${platformName(warning.imitates, 'en')} (${REASON_WORDS[warning.reason]})`;
  }
  return null;
}

function scopeTitle(scope: string): string {
  if (scope === 'private') return 'ONE-TO-ONE';
  return scope.toUpperCase();
}

import type { ClassificationKind, Warning } from '../classify/classification';
import type { Evidence } from '../policy/evidence';
import type { Outcome } from '../policy/outcome';
import type { CheckRecord } from './check-record';

/** One scope's answer in a compact record: the outcome, the deciding rule's id and its evidence. */
export type CompactVerdict = [outcome: Outcome, rule: string | null, evidence: Evidence | null];

export type WarningType = Warning['type'];

/**
 * The small form of a check record, for batch use (`check --json --compact`): what the input is
 * and, per scope, the outcome, rule id and evidence level. Everything else about a rule (its
 * interval, sources, explanation) is joined by rule id from the ruleset (`rules --json`).
 *
 * Keys: `input`, `kind`, `platform`, then one key per scope of the ruleset ("private", "group"),
 * present only when the input is a known platform's, then `warnings` (the warning types), present
 * only when there are any.
 */
export interface CompactRecord {
  input: string;
  kind: ClassificationKind;
  platform: string | null;
  warnings?: WarningType[];
  [scope: string]: CompactVerdict | WarningType[] | string | null | undefined;
}

/** Record fields a scope id must not shadow in a compact record. */
export const COMPACT_FIELDS: readonly string[] = ['input', 'kind', 'platform', 'warnings'];

/** The compact form of a full check record. */
export function compactRecord(record: CheckRecord): CompactRecord {
  const compact: CompactRecord = {
    input: record.input,
    kind: record.kind,
    platform: record.platform,
  };
  if (record.verdicts !== null) {
    for (const [scope, verdict] of Object.entries(record.verdicts)) {
      compact[scope] = [verdict.outcome, verdict.rule, verdict.evidence];
    }
  }
  if (record.warnings.length > 0) compact.warnings = record.warnings.map((w) => w.type);
  return compact;
}

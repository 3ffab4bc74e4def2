import type { Category } from '../classify/category';
import type {
  Classification,
  PlatformBasis,
  ShareCodeMatch,
  Warning,
} from '../classify/classification';
import { formatChinaTime } from '../policy/china-time';
import { evaluate } from '../policy/evaluate';
import type { Evidence } from '../policy/evidence';
import type { Outcome } from '../policy/outcome';
import type { Ruleset } from '../policy/rule';
import type { Scope } from '../policy/scope';
import type { Source } from '../policy/source';

/** One scope's answer, as the command line and the popup's exports write it. */
export interface VerdictRecord {
  outcome: Outcome;
  rule: string | null;
  since: string | null;
  until: string | null;
  evidence: Evidence | null;
  sources: Source[];
  explanation: string | null;
  beyondRecord: boolean;
}

/**
 * The machine-readable answer for one input: what it is and, for each scope of the app, whether
 * it would open. `verdicts` is null when the input is no known platform's link or code.
 */
export interface CheckRecord {
  input: string;
  kind: Classification['kind'];
  platform: string | null;
  owner: string | null;
  category: Category | null;
  domain: string | null;
  url: string | null;
  via: string[] | null;
  codes: ShareCodeMatch[] | null;
  /** Why a share text's platform is not its link's alone (see PlatformBasis); null for most. */
  basis: PlatformBasis | null;
  /** Deceptive-link warnings ("lookalike" hosts), empty for most inputs. */
  warnings: Warning[];
  app: string;
  at: string;
  verdicts: Record<Scope, VerdictRecord> | null;
}

/** Builds the record for a classification, evaluated in every scope of the ruleset at `at`. */
export function checkRecord(
  classification: Classification,
  ruleset: Ruleset,
  at: number,
  locale: 'en' | 'zh_CN' = 'en',
): CheckRecord {
  const known = classification.kind !== 'none' && classification.platform !== null;
  let verdicts: Record<Scope, VerdictRecord> | null = null;
  if (known) {
    verdicts = {};
    for (const scope of ruleset.scopes) {
      const verdict = evaluate(classification, { app: ruleset, scope, at });
      verdicts[scope] = {
        outcome: verdict.outcome,
        rule: verdict.rule,
        since: verdict.since,
        until: verdict.until,
        evidence: verdict.evidence,
        sources: verdict.sources.map(({ title, url }) => ({ title, url })),
        explanation: verdict.explanation?.[locale] ?? null,
        beyondRecord: verdict.beyondRecord,
      };
    }
  }
  return { ...recordHead(classification), app: ruleset.app, at: formatChinaTime(at), verdicts };
}

/**
 * The part of a check record that depends on the input alone (what it is), in the record's order;
 * the command line writes it before verdicts it serialises once per platform.
 */
export function recordHead(
  classification: Classification,
): Omit<CheckRecord, 'app' | 'at' | 'verdicts'> {
  return {
    input: classification.input,
    kind: classification.kind,
    platform: classification.platform,
    owner: classification.owner,
    category: classification.category,
    domain: classification.domain,
    url: classification.url,
    via: classification.via,
    codes: classification.codes,
    basis: classification.basis ?? null,
    warnings: classification.warnings ?? [],
  };
}

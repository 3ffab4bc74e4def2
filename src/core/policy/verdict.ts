import type { Localized } from '../localized';
import type { Evidence } from './evidence';
import type { Outcome } from './outcome';
import type { Scope } from './scope';
import type { Source } from './source';

/** The answer for one classification, in one scope, at one instant. */
export interface Verdict {
  scope: Scope;
  outcome: Outcome;
  /** Id of the rule that decided it, or null when none did (outcome "unknown"). */
  rule: string | null;
  /** The deciding rule's interval, as ISO 8601 instants with +08:00 (null = open end). */
  since: string | null;
  until: string | null;
  evidence: Evidence | null;
  sources: Source[];
  explanation: Localized | null;
  /** True when the instant lies after the ruleset's recordEnds: the last known rule is assumed. */
  beyondRecord: boolean;
}

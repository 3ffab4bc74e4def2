import type { Category } from '../classify/category';
import type { Localized } from '../localized';
import type { Evidence } from './evidence';
import type { Outcome } from './outcome';
import type { Scope } from './scope';
import type { Source } from './source';

/** A source of a ruleset, defined once in the file and cited by its id. */
export interface RulesetSource extends Source {
  /** Stable id, unique among the ruleset's sources, e.g. "tellerreport-2021-09-17". */
  id: string;
}

/** One dated fact: what happened to some links in some chats between two instants. */
export interface Rule {
  /** Stable id, unique in its ruleset, e.g. "taobao-private-20211129". */
  id: string;
  /** Platform ids covered; omitted means every platform. */
  platforms?: string[];
  /** Categories covered; omitted means both. */
  categories?: Category[];
  /**
   * Kinds of input covered: links ("url"), share codes ("code"), app links ("app"); omitted
   * means links and share codes (an app link is covered only by a rule that lists it).
   */
  kinds?: ('url' | 'code' | 'app')[];
  /** Chat scopes covered, e.g. ["private"], ["private", "group"]. */
  scopes: Scope[];
  /** Start instant, inclusive: ISO 8601 with an offset; null for "since the start of the record". */
  from: string | null;
  /** End instant, exclusive: ISO 8601 with an offset; null for "still in force". */
  until: string | null;
  outcome: Outcome;
  evidence: Evidence;
  /** Ids of the ruleset's sources that support the rule. */
  sources: string[];
  /** One sentence on what the rule says and why; for disputed rules, how the reports disagree. */
  explanation: Localized;
}

/** A dated event of a ruleset's timeline (what the popup shows as a tick). */
export interface TimelineEvent {
  id: string;
  /** ISO 8601 instant with an offset. */
  at: string;
  title: Localized;
  evidence: Evidence;
  /** Ids of the ruleset's sources. */
  sources: string[];
}

/** A documented fact that is not a rule (e.g. a promised feature that never shipped). */
export interface RulesetNote {
  id: string;
  text: Localized;
  /** Ids of the ruleset's sources (may be empty). */
  sources: string[];
}

/** Everything known about one chat app's handling of links, as dated data. */
export interface Ruleset {
  /** Address of the JSON Schema of this format, for editors; ignored by the product. */
  $schema?: string;
  /** Format version of this data; currently 2 (sources defined once, cited by id). */
  format: 2;
  /** App id, e.g. "wechat". */
  app: string;
  name: Localized;
  /** The chat scopes this ruleset speaks of. */
  scopes: Scope[];
  /** The instant the record ends: after it, the last known rule is assumed to hold. */
  recordEnds: string;
  /** Every source cited by the rules, events and notes, each defined once. */
  sources: RulesetSource[];
  rules: Rule[];
  events: TimelineEvent[];
  notes: RulesetNote[];
}

import type { Category } from './category';
import type { Evidence } from './evidence';
import type { Localized } from './localized';
import type { Outcome } from './outcome';
import type { Scope } from './scope';
import type { Source } from './source';

/** One dated fact: what happened to some links in some chats between two instants. */
export interface Rule {
  /** Stable id, unique in its ruleset, e.g. "taobao-private-2021-11-29". */
  id: string;
  /** Platform ids covered; omitted means every platform. */
  platforms?: string[];
  /** Categories covered; omitted means both. */
  categories?: Category[];
  /** Kinds of input covered: links ("url") and/or share codes ("code"); omitted means both. */
  kinds?: ('url' | 'code')[];
  /** Chat scopes covered, e.g. ["private"], ["private", "group"]. */
  scopes: Scope[];
  /** Start instant, inclusive: ISO 8601 with an offset; null for "since the start of the record". */
  from: string | null;
  /** End instant, exclusive: ISO 8601 with an offset; null for "still in force". */
  until: string | null;
  outcome: Outcome;
  evidence: Evidence;
  sources: Source[];
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
  sources: Source[];
}

/** A documented fact that is not a rule (e.g. a promised feature that never shipped). */
export interface RulesetNote {
  id: string;
  text: Localized;
  sources: Source[];
}

/** Everything known about one chat app's handling of links, as dated data. */
export interface Ruleset {
  /** Format version of this data; currently 1. */
  format: 1;
  /** App id, e.g. "wechat". */
  app: string;
  name: Localized;
  /** The chat scopes this ruleset speaks of. */
  scopes: Scope[];
  /** The instant the record ends: after it, the last known rule is assumed to hold. */
  recordEnds: string;
  rules: Rule[];
  events: TimelineEvent[];
  notes: RulesetNote[];
}

import type { Classification } from '../core/classify/classification';
import { classify } from '../core/classify/classify';
import type { Ruleset } from '../core/policy/rule';
import { type CheckRecord, checkRecord, recordHead } from '../core/record/check-record';

export interface RecordLineOptions {
  ruleset: Ruleset;
  at: number;
  base: string | undefined;
  compact: boolean;
}

/** What a record ends with for one (kind, platform, category): the same for every such input. */
interface Tails {
  full: string;
  compact: string;
}

const WITH_WARNINGS = { warnings: true } as const;

/**
 * The JSON line of each input, exactly `JSON.stringify(checkRecord(...))` (or of its
 * `compactRecord`), built fast: verdicts depend only on the input's kind, platform and category
 * (for one ruleset and instant), so each such triple is evaluated and serialised once and its
 * text reused. The cache holds at most one entry per platform, category and kind.
 */
export function createRecordLines(options: RecordLineOptions): (input: string) => string {
  const { ruleset, at, base, compact } = options;
  const tails = new Map<string, Tails>();
  const tailsOf = (record: CheckRecord): Tails => ({
    full: `,"app":${JSON.stringify(record.app)},"at":${JSON.stringify(record.at)},"verdicts":${JSON.stringify(record.verdicts)}}`,
    compact: Object.entries(record.verdicts ?? {})
      .map(
        ([scope, v]) =>
          `,${JSON.stringify(scope)}:${JSON.stringify([v.outcome, v.rule, v.evidence])}`,
      )
      .join(''),
  });
  const unknown = tailsOf(checkRecord(classify(''), ruleset, at));

  const tailFor = (c: Classification): Tails => {
    if (c.kind === 'none' || c.platform === null) return unknown;
    const key = `${c.kind}\n${c.platform}\n${c.category}`;
    let cached = tails.get(key);
    if (cached === undefined) {
      cached = tailsOf(checkRecord(c, ruleset, at));
      tails.set(key, cached);
    }
    return cached;
  };

  if (compact) {
    return (input) => {
      const c = classify(input, base, WITH_WARNINGS);
      const platform = c.platform === null ? 'null' : JSON.stringify(c.platform);
      const warnings =
        c.warnings !== undefined && c.warnings.length > 0
          ? `,"warnings":${JSON.stringify(c.warnings.map((w) => w.type))}`
          : '';
      return `{"input":${JSON.stringify(c.input)},"kind":"${c.kind}","platform":${platform}${tailFor(c).compact}${warnings}}`;
    };
  }
  return (input) => {
    const c = classify(input, base, WITH_WARNINGS);
    const head = JSON.stringify(recordHead(c));
    return head.slice(0, -1) + tailFor(c).full;
  };
}

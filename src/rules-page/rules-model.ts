/**
 * The rule timeline page as data: the same content, in the same order, as `chat-link-lens rules`
 * (src/cli/rules-text.ts): events by time, rules by start, then notes, each with its sources. Pure.
 */
import { parseIsoInstant } from '../core/policy/china-time';
import type { Rule, Ruleset, TimelineEvent } from '../core/policy/rule';

const instant = (text: string | null, open: number) => {
  if (text === null) return open;
  const parsed = parseIsoInstant(text);
  return parsed.ok ? parsed.at : open;
};

export function eventsInOrder(ruleset: Ruleset): TimelineEvent[] {
  return [...ruleset.events].sort(
    (a, b) => instant(a.at, Number.NEGATIVE_INFINITY) - instant(b.at, Number.NEGATIVE_INFINITY),
  );
}

export function rulesInOrder(ruleset: Ruleset): Rule[] {
  return [...ruleset.rules].sort(
    (a, b) => instant(a.from, Number.NEGATIVE_INFINITY) - instant(b.from, Number.NEGATIVE_INFINITY),
  );
}

/** What a rule covers, as the command line words it: platforms, categories, kinds. */
export interface Coverage {
  platforms: string[] | null;
  categories: string[] | null;
  kinds: ('url' | 'code' | 'app')[] | null;
}

export function coverage(rule: Rule): Coverage {
  return {
    platforms: rule.platforms ?? null,
    categories: rule.categories ?? null,
    kinds: rule.kinds ?? null,
  };
}

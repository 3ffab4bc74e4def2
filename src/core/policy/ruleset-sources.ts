/** Looks up the sources a ruleset's rules, events and notes cite by id. */
import type { Ruleset, RulesetSource } from './rule';
import type { Source } from './source';

const indexes = new WeakMap<Ruleset, Map<string, RulesetSource>>();

/** The ruleset's sources by id (built once per ruleset object). */
export function sourceIndex(ruleset: Ruleset): Map<string, RulesetSource> {
  let index = indexes.get(ruleset);
  if (index === undefined) {
    index = new Map((ruleset.sources ?? []).map((source) => [source.id, source]));
    indexes.set(ruleset, index);
  }
  return index;
}

/** The sources of a list of ids, in order, without the id; ids the ruleset lacks are skipped. */
export function resolveSources(ruleset: Ruleset, ids: readonly string[]): Source[] {
  const index = sourceIndex(ruleset);
  const sources: Source[] = [];
  for (const id of ids) {
    const source = index.get(id);
    if (source === undefined) continue;
    const { id: _id, ...rest } = source;
    sources.push(rest);
  }
  return sources;
}

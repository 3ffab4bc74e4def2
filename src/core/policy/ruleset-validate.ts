/**
 * Full check of a ruleset read from JSON (a user's file or the shipped data): types, required
 * and unknown fields, enums, instants with offsets, intervals, ids, scopes, sources (defined
 * once, cited by id, quoted where the evidence is announced or reported, none left uncited),
 * explanations in both languages, and ambiguous overlaps between rules. Never throws.
 */
import { CATEGORIES } from '../classify/category';
import { formatChinaTime } from './china-time';
import { EVIDENCE_LEVELS } from './evidence';
import { OUTCOMES } from './outcome';
import type { Ruleset } from './rule';
import { type CheckedRule, checkOverlaps } from './ruleset-overlaps';
import {
  checkAllCited,
  checkSourceDefinitions,
  checkSourceIds,
  type KnownSource,
} from './ruleset-validate-sources';
import {
  checkAppId,
  checkEnum,
  checkId,
  checkInstant,
  checkList,
  checkLocalized,
  checkObject,
  describe,
  fieldPath,
  indexPath,
  type Problems,
  type ValidationProblem,
} from './validate-fields';

export type { ValidationProblem } from './validate-fields';

/** Result of validateRuleset: the ruleset when valid, otherwise every problem found. */
export type RulesetValidation =
  | { ok: true; ruleset: Ruleset }
  | { ok: false; problems: ValidationProblem[] };

const KINDS = ['url', 'code', 'app'] as const;
const RULE_REQUIRED = [
  'id',
  'scopes',
  'from',
  'until',
  'outcome',
  'evidence',
  'sources',
  'explanation',
] as const;
const RULE_OPTIONAL = ['platforms', 'categories', 'kinds'] as const;

interface Context {
  problems: Problems;
  scopes: string[] | null;
  recordEnds: number | undefined;
  /** The defined sources by id; null when `sources` is missing (ids are then not looked up). */
  sources: Map<string, KnownSource> | null;
}

function checkArray(value: unknown, path: string, problems: Problems): unknown[] {
  if (Array.isArray(value)) return value;
  problems.push({ path, message: `expected an array, found ${describe(value)}` });
  return [];
}

function checkUniqueId(
  value: unknown,
  path: string,
  seen: Map<string, string>,
  problems: Problems,
): string | null {
  const id = checkId(value, path, problems);
  if (id === null) return null;
  const first = seen.get(id);
  if (first !== undefined) {
    problems.push({ path, message: `duplicate id "${id}" (first used at ${first})` });
    return null;
  }
  seen.set(id, path);
  return id;
}

function checkNotAfterRecord(at: number | null | undefined, path: string, ctx: Context): void {
  if (typeof at === 'number' && ctx.recordEnds !== undefined && at > ctx.recordEnds) {
    ctx.problems.push({
      path,
      message: `lies after recordEnds (${formatChinaTime(ctx.recordEnds)}); move recordEnds or the instant`,
    });
  }
}

function checkScopeList(value: unknown, path: string, ctx: Context): string[] | null {
  return checkList(value, path, ctx.problems, (item, itemPath) => {
    const scope = checkId(item, itemPath, ctx.problems);
    if (scope !== null && ctx.scopes !== null && !ctx.scopes.includes(scope)) {
      ctx.problems.push({
        path: itemPath,
        message: `scope "${scope}" is not listed in the ruleset's scopes (${ctx.scopes.join(', ')})`,
      });
      return null;
    }
    return scope;
  });
}

function checkRule(
  value: unknown,
  index: number,
  ids: Map<string, string>,
  ctx: Context,
): CheckedRule | null {
  const { problems } = ctx;
  const path = indexPath('rules', index);
  const before = problems.length;
  const rule = checkObject(value, path, RULE_REQUIRED, RULE_OPTIONAL, problems);
  if (!rule) return null;
  const at = (key: string) => fieldPath(path, key);
  const has = (key: string) => Object.hasOwn(rule, key);
  const id = has('id') ? checkUniqueId(rule.id, at('id'), ids, problems) : null;
  const platforms = has('platforms')
    ? checkList(rule.platforms, at('platforms'), problems, (v, p) => checkId(v, p, problems))
    : undefined;
  const categories = has('categories')
    ? checkList(rule.categories, at('categories'), problems, (v, p) =>
        checkEnum(v, CATEGORIES, p, problems),
      )
    : undefined;
  const kinds = has('kinds')
    ? checkList(rule.kinds, at('kinds'), problems, (v, p) => checkEnum(v, KINDS, p, problems))
    : undefined;
  const scopes = has('scopes') ? checkScopeList(rule.scopes, at('scopes'), ctx) : null;
  const from = has('from') ? checkInstant(rule.from, at('from'), true, problems) : undefined;
  const until = has('until') ? checkInstant(rule.until, at('until'), true, problems) : undefined;
  if (typeof from === 'number' && typeof until === 'number' && !(from < until)) {
    problems.push({ path: at('until'), message: 'must be later than from' });
  }
  checkNotAfterRecord(from, at('from'), ctx);
  checkNotAfterRecord(until, at('until'), ctx);
  if (has('outcome')) checkEnum(rule.outcome, OUTCOMES, at('outcome'), problems);
  if (has('evidence')) checkEnum(rule.evidence, EVIDENCE_LEVELS, at('evidence'), problems);
  if (has('sources')) {
    checkSourceIds(rule.sources, at('sources'), false, ctx.sources, problems, rule.evidence);
  }
  if (has('explanation')) checkLocalized(rule.explanation, at('explanation'), problems);
  if (problems.length !== before || id === null || scopes === null) return null;
  if (platforms === null || categories === null || kinds === null) return null;
  if (from === undefined || until === undefined) return null;
  return {
    index,
    rule: { id, platforms, categories, kinds, scopes },
    from: from ?? Number.NEGATIVE_INFINITY,
    until: until ?? Number.POSITIVE_INFINITY,
  };
}

function checkEvent(value: unknown, index: number, ids: Map<string, string>, ctx: Context): void {
  const { problems } = ctx;
  const path = indexPath('events', index);
  const event = checkObject(
    value,
    path,
    ['id', 'at', 'title', 'evidence', 'sources'],
    [],
    problems,
  );
  if (!event) return;
  const at = (key: string) => fieldPath(path, key);
  if (Object.hasOwn(event, 'id')) checkUniqueId(event.id, at('id'), ids, problems);
  if (Object.hasOwn(event, 'at')) {
    checkNotAfterRecord(checkInstant(event.at, at('at'), false, problems), at('at'), ctx);
  }
  if (Object.hasOwn(event, 'title')) checkLocalized(event.title, at('title'), problems);
  if (Object.hasOwn(event, 'evidence')) {
    checkEnum(event.evidence, EVIDENCE_LEVELS, at('evidence'), problems);
  }
  if (Object.hasOwn(event, 'sources')) {
    checkSourceIds(event.sources, at('sources'), false, ctx.sources, problems, event.evidence);
  }
}

function checkNote(value: unknown, index: number, ids: Map<string, string>, ctx: Context): void {
  const { problems } = ctx;
  const path = indexPath('notes', index);
  const note = checkObject(value, path, ['id', 'text', 'sources'], [], problems);
  if (!note) return;
  const at = (key: string) => fieldPath(path, key);
  if (Object.hasOwn(note, 'id')) checkUniqueId(note.id, at('id'), ids, problems);
  if (Object.hasOwn(note, 'text')) checkLocalized(note.text, at('text'), problems);
  if (Object.hasOwn(note, 'sources')) {
    checkSourceIds(note.sources, at('sources'), true, ctx.sources, problems);
  }
}

function checkRuleset(value: unknown, problems: Problems): void {
  const root = checkObject(
    value,
    '',
    ['format', 'app', 'name', 'scopes', 'recordEnds', 'sources', 'rules', 'events', 'notes'],
    ['$schema'],
    problems,
  );
  if (!root) return;
  const has = (key: string) => Object.hasOwn(root, key);
  if (has('$schema') && typeof root.$schema !== 'string') {
    problems.push({
      path: '$schema',
      message: `expected a string, found ${describe(root.$schema)}`,
    });
  }
  if (has('format') && root.format !== 2) {
    const found = typeof root.format === 'number' ? String(root.format) : describe(root.format);
    const old =
      root.format === 1
        ? ' (format 1 wrote sources inside each rule; format 2 defines them once in "sources" and cites them by id)'
        : '';
    problems.push({ path: 'format', message: `must be 2, found ${found}${old}` });
  }
  if (has('app')) checkAppId(root.app, 'app', problems);
  if (has('name')) checkLocalized(root.name, 'name', problems);
  const ctx: Context = {
    problems,
    scopes: has('scopes')
      ? checkList(root.scopes, 'scopes', problems, (v, p) => checkId(v, p, problems))
      : null,
    recordEnds: has('recordEnds')
      ? (checkInstant(root.recordEnds, 'recordEnds', false, problems) ?? undefined)
      : undefined,
    sources: has('sources') ? checkSourceDefinitions(root.sources, problems) : null,
  };
  const ruleIds = new Map<string, string>();
  const checked: CheckedRule[] = [];
  const rules = checkArray(has('rules') ? root.rules : [], 'rules', problems);
  for (let i = 0; i < rules.length; i++) {
    const result = checkRule(rules[i], i, ruleIds, ctx);
    if (result) checked.push(result);
  }
  checkOverlaps(checked, problems);
  const eventIds = new Map<string, string>();
  const events = checkArray(has('events') ? root.events : [], 'events', problems);
  for (let i = 0; i < events.length; i++) checkEvent(events[i], i, eventIds, ctx);
  const noteIds = new Map<string, string>();
  const notes = checkArray(has('notes') ? root.notes : [], 'notes', problems);
  for (let i = 0; i < notes.length; i++) checkNote(notes[i], i, noteIds, ctx);
  if (ctx.sources !== null) checkAllCited(ctx.sources, problems);
}

/** Checks any value (e.g. parsed JSON) as a Ruleset; never throws. */
export function validateRuleset(value: unknown): RulesetValidation {
  const problems: Problems = [];
  try {
    checkRuleset(value, problems);
  } catch {
    problems.push({ path: '$', message: 'could not be checked: the value is not plain JSON data' });
  }
  return problems.length === 0 ? { ok: true, ruleset: value as Ruleset } : { ok: false, problems };
}

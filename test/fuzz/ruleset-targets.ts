/** Fuzz targets for the ruleset validator: any value is either valid or a list of problems. */
import fc from 'fast-check';
import { CATEGORIES } from '../../src/core/classify/category';
import type { Classification } from '../../src/core/classify/classification';
import { classify } from '../../src/core/classify/classify';
import { WECHAT_RULESET } from '../../src/core/data/rulesets/wechat';
import { EVIDENCE_LEVELS } from '../../src/core/policy/evidence';
import { OUTCOMES } from '../../src/core/policy/outcome';
import { validateRuleset } from '../../src/core/policy/ruleset-validate';
import { checkRecord } from '../../src/core/record/check-record';
import { check, checkEqual, show, timed } from './invariants';

/**
 * The segments of a problem path ("rules[3].until", 'name["zh-CN"]', "$" for the whole value),
 * or null when the path does not follow that grammar.
 */
function parseProblemPath(path: string): (string | number)[] | null {
  const segments: (string | number)[] = [];
  let i = path === '$' || path.startsWith('$[') ? 1 : 0;
  while (i < path.length) {
    const rest = path.slice(i);
    if (rest.startsWith('["')) {
      let j = 2;
      while (j < rest.length && rest[j] !== '"') j += rest[j] === '\\' ? 2 : 1;
      if (rest[j + 1] !== ']') return null;
      try {
        segments.push(JSON.parse(rest.slice(1, j + 1)) as string);
      } catch {
        return null;
      }
      i += j + 2;
      continue;
    }
    const index = /^\[(\d+)\]/.exec(rest);
    if (index) {
      segments.push(Number(index[1]));
      i += index[0].length;
      continue;
    }
    const name = (i === 0 ? /^()([A-Za-z_$][\w$]*)/ : /^(\.)([A-Za-z_$][\w$]*)/).exec(rest);
    if (!name || name[2] === undefined) return null;
    segments.push(name[2]);
    i += name[0].length;
  }
  return segments;
}

/** A value's own property (array element or object field), or undefined. */
function child(value: unknown, key: string | number): { found: unknown } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value) !== (typeof key === 'number')) return undefined;
  if (!Object.hasOwn(value, key)) return undefined;
  return { found: (value as Record<string | number, unknown>)[key] };
}

/** Classifications of each kind and of several platforms and categories. */
const SAMPLES: readonly Classification[] = [
  'https://item.taobao.com/item.htm?id=1',
  'https://detail.tmall.com/item.htm?id=2',
  'https://item.jd.com/1.html',
  'https://v.douyin.com/abc/',
  'https://www.bilibili.com/video/BV1xx',
  '复制这段描述￥MDGGba1MLQh￥后到淘宝',
  '20:/！MDGGba1MLQh！京东',
  'https://example.org/',
].map((input) => classify(input));

const INSTANTS = [
  Number.MIN_SAFE_INTEGER,
  Date.parse('2013-07-01T00:00:00+08:00'),
  Date.parse('2021-11-29T23:59:59.999+08:00'),
  8.64e15,
];

/**
 * Never throws; fast and deterministic. Valid: the value itself is returned, survives a JSON
 * round trip, and answers every sample at every instant with a known outcome. Invalid: at least
 * one problem, each on one line, with a path whose parent exists in the value.
 */
function checkValidation(value: unknown): void {
  const what = () => `validateRuleset(${show(value)})`;
  const result = timed(() => validateRuleset(value), what);
  checkEqual(validateRuleset(value), result, `${what()} a second time`);
  if (result.ok) {
    check(result.ruleset === value, `${what()} returned another value`);
    check(validateRuleset(JSON.parse(JSON.stringify(value))).ok, `${what()}: JSON copy invalid`);
    for (const sample of SAMPLES) {
      for (const at of INSTANTS) {
        const record = checkRecord(sample, result.ruleset, at);
        if (record.verdicts === null) continue;
        for (const scope of result.ruleset.scopes) {
          const verdict = record.verdicts[scope];
          check(
            verdict !== undefined && OUTCOMES.includes(verdict.outcome),
            () => `${what()}: verdict ${show(verdict)} for ${sample.input} in ${scope}`,
          );
        }
      }
    }
    return;
  }
  check(result.problems.length > 0, `${what()}: invalid without problems`);
  for (const problem of result.problems) {
    check(
      typeof problem.message === 'string' &&
        problem.message.trim() !== '' &&
        !/[\r\n]/.test(problem.message + problem.path),
      () => `${what()}: problem ${show(problem)} is not one line`,
    );
    const segments = parseProblemPath(problem.path);
    check(segments !== null, () => `${what()}: path ${show(problem.path)} is malformed`);
    let node: unknown = value;
    for (const segment of segments.slice(0, -1)) {
      const next = child(node, segment);
      check(next !== undefined, () => `${what()}: path ${show(problem.path)} leads nowhere`);
      node = next.found;
    }
  }
}

export const rulesetJsonTarget = () =>
  fc.property(
    fc.oneof(
      fc.jsonValue(),
      fc.anything(),
      fc.dictionary(
        fc.constantFrom(
          'format',
          'app',
          'name',
          'scopes',
          'recordEnds',
          'rules',
          'events',
          'notes',
        ),
        fc.jsonValue({ maxDepth: 3 }),
      ),
    ),
    checkValidation,
  );

/** Mostly `valid`, now and then one of `invalid`: whole rulesets are often valid or off by one. */
const mostly = <T>(valid: fc.Arbitrary<T>, ...invalid: unknown[]): fc.Arbitrary<T | unknown> =>
  fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });

const text = mostly(fc.constantFrom('Text.', '文字。', 'x'.repeat(200)), '', ' ', '\n', 3, null);
const localized = mostly(fc.record({ en: text, zh_CN: text }), { en: 'Text.' }, 'Text.', []);
const sourceUrl = mostly(
  fc.constantFrom(
    'https://example.com/source',
    'http://example.org/a?b#c',
    'urn:isbn:9780000000000',
    'http://[::1]/',
  ),
  'urn:x:',
  'https://',
  'https://a b.example/',
  'ftp://example.com/',
  'javascript:alert(1)',
);
const source = mostly(
  fc.record({ title: mostly(fc.constant('Source'), '', 3), url: sourceUrl }),
  { title: 'Source' },
  'https://example.com/',
  null,
);
const sources = mostly(fc.array(source, { minLength: 1, maxLength: 2 }), [], {}, 'source');
/** Ids; undefined means "a fresh one", replaced by a unique id below. */
const id = mostly(fc.constant(undefined), 'a', 'x..y', 'Bad', '', 'a'.repeat(81), 7);
const validInstant = fc
  .integer({ min: Date.parse('2000-01-01T00:00Z'), max: Date.parse('2030-01-01T00:00Z') })
  .map((ms) => new Date(ms).toISOString());
const instant = mostly(
  fc.oneof(
    validInstant,
    fc.constantFrom('2013-07-01T00:00:00+08:00', '2021-11-29T00:00+08:00', '2021-11-29T12:00:00Z'),
  ),
  '2021-02-30T00:00+08:00',
  '2021-11-29',
  '2021-11-29T00:00',
  '2021-11-29T24:00+08:00',
  '2031-01-01T00:00:00+08:00',
  '+275760-09-13T00:00:00Z',
  '',
  5,
);
const nullable = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: instant },
);
const scopes = mostly(
  fc.subarray(['private', 'group'], { minLength: 1 }),
  [],
  ['private', 'private'],
  ['moments'],
  'private',
);
const optionalList = <T>(values: readonly T[]) =>
  mostly(fc.subarray([...values], { minLength: 1 }), [], ['Bad'], 'x');

/** Now and then deletes a field or adds an unknown one, so required and unknown fields are checked. */
const withEdits = <T extends Record<string, unknown>>(record: fc.Arbitrary<T>) =>
  fc
    .tuple(
      record,
      fc.oneof(
        { weight: 40, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.nat({ max: 10 }) },
      ),
      fc.oneof(
        { weight: 40, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom('extra', '__proto__', 'constructor', '') },
      ),
    )
    .map(([value, drop, extra]) => {
      const copy: Record<string, unknown> = { ...value };
      const keys = Object.keys(copy);
      if (drop !== null) delete copy[keys[drop % keys.length] ?? ''];
      if (extra !== null) Object.defineProperty(copy, extra, { value: 1, enumerable: true });
      return copy;
    });

/** Gives every entry without an id a unique one ("rule-3"). */
const withIds = (entries: Record<string, unknown>[], prefix: string) =>
  entries.map((entry, i) =>
    Object.hasOwn(entry, 'id') && entry.id === undefined
      ? { ...entry, id: `${prefix}-${i}` }
      : entry,
  );

const rule = withEdits(
  fc
    .record(
      {
        id,
        platforms: optionalList(['taobao', 'tmall', 'jd', 'douyin', 'bilibili']),
        categories: optionalList(CATEGORIES),
        kinds: optionalList(['url', 'code']),
        scopes,
        from: nullable,
        until: nullable,
        outcome: mostly(fc.constantFrom(...OUTCOMES), 'maybe'),
        evidence: mostly(fc.constantFrom(...EVIDENCE_LEVELS), 'rumour'),
        sources,
        explanation: localized,
      },
      {
        requiredKeys: [
          'id',
          'scopes',
          'from',
          'until',
          'outcome',
          'evidence',
          'sources',
          'explanation',
        ],
      },
    )
    .map((r) =>
      // Mostly in order, so that "until" is later than "from".
      typeof r.from === 'string' && typeof r.until === 'string' && r.from > r.until
        ? { ...r, from: r.until, until: r.from }
        : r,
    ),
);
const event = withEdits(
  fc.record({
    id,
    at: instant,
    title: localized,
    evidence: fc.constantFrom(...EVIDENCE_LEVELS),
    sources,
  }),
);
const note = withEdits(
  fc.record({ id, text: localized, sources: fc.array(source, { maxLength: 2 }) }),
);

const generated = withEdits(
  fc.record({
    format: mostly(fc.constant(1), 2, '1'),
    app: mostly(fc.constantFrom('testchat', 'wechat'), 'Bad', ''),
    name: localized,
    scopes: mostly(fc.constant(['private', 'group']), ['private'], [], 'group'),
    recordEnds: mostly(fc.constant('2030-01-01T00:00:00+08:00'), '2000-01-01T00:00:00+08:00', 'x'),
    rules: fc.array(rule, { maxLength: 3 }).map((rules) => withIds(rules, 'rule')),
    events: fc.array(event, { maxLength: 3 }).map((events) => withIds(events, 'event')),
    notes: fc.array(note, { maxLength: 2 }).map((notes) => withIds(notes, 'note')),
  }),
);

/** The shipped ruleset with a few values replaced, removed or added at random places. */
const mutatedShipped = fc
  .array(
    fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'add'), fc.jsonValue({ maxDepth: 2 })),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((edits) => {
    const copy = JSON.parse(JSON.stringify(WECHAT_RULESET)) as unknown;
    for (const [pick, op, value] of edits) {
      const containers: (Record<string, unknown> | unknown[])[] = [];
      const walk = (node: unknown) => {
        if (typeof node !== 'object' || node === null) return;
        containers.push(node as Record<string, unknown>);
        for (const item of Object.values(node)) walk(item);
      };
      walk(copy);
      const target = containers[pick % containers.length];
      if (target === undefined) continue;
      const keys = Object.keys(target);
      const key = keys[Math.floor(pick / containers.length) % Math.max(1, keys.length)];
      if (Array.isArray(target)) {
        const at = Number(key ?? 0);
        if (op === 'delete') target.splice(at, 1);
        else if (op === 'add') target.splice(at, 0, value);
        else target[at] = value;
      } else if (op === 'add') {
        target[`extra${pick % 3}`] = value;
      } else if (key !== undefined) {
        if (op === 'delete') delete target[key];
        else target[key] = value;
      }
    }
    return copy;
  });

export const rulesetShapedTarget = () =>
  fc.property(
    fc.oneof({ weight: 19, arbitrary: generated }, { weight: 1, arbitrary: mutatedShipped }),
    checkValidation,
  );

/**
 * Broken copies of the shipped WeChat ruleset, each with where the validator must report it, and
 * whether the JSON Schema (schemas/ruleset.schema.json) can see the fault too. The validator's
 * tests and the schema's tests both run every example.
 */
import data from '../../../../src/core/data/rulesets/wechat.json';

// biome-ignore lint/suspicious/noExplicitAny: examples poke arbitrary fields of parsed JSON.
type Json = any;

/** A deep, mutable copy of the shipped ruleset as plain JSON data. */
export const shippedJson = (): Json => JSON.parse(JSON.stringify(data));

export interface InvalidExample {
  name: string;
  value: Json;
  /** Paths the validator reports, in order. */
  paths: string[];
  /**
   * "both": the schema refuses it too. Otherwise the reason the schema cannot see it (the
   * validator's checks that need more than one value at a time, or the calendar).
   */
  schema: 'both' | string;
}

function example(
  name: string,
  edit: (value: Json) => void,
  paths: string[] | ((value: Json) => string[]),
  schema: InvalidExample['schema'] = 'both',
): InvalidExample {
  const value = shippedJson();
  edit(value);
  return { name, value, paths: typeof paths === 'function' ? paths(value) : paths, schema };
}

const CROSS = 'needs another part of the file';

export const INVALID_EXAMPLES: readonly InvalidExample[] = [
  { name: 'a root that is not an object', value: [], paths: ['$'], schema: 'both' },
  example('a missing field', (v) => delete v.recordEnds, ['recordEnds']),
  example('an unknown field', (v) => (v.extra = true), ['extra']),
  example('format 1', (v) => (v.format = 1), ['format']),
  example('an app id with capitals', (v) => (v.app = 'WeChat'), ['app']),
  example('a name in one language', (v) => delete v.name.zh_CN, ['name.zh_CN']),
  example('a rule without an outcome', (v) => delete v.rules[2].outcome, ['rules[2].outcome']),
  example('an unknown outcome', (v) => (v.rules[4].outcome = 'maybe'), ['rules[4].outcome']),
  example('an unknown evidence level', (v) => (v.rules[5].evidence = 'rumoured'), [
    'rules[5].evidence',
  ]),
  example('an unknown category', (v) => (v.rules[6].categories = ['shopping']), [
    'rules[6].categories[0]',
  ]),
  example('an unknown kind', (v) => (v.rules[7].kinds = ['link']), ['rules[7].kinds[0]']),
  example('an empty platform list', (v) => (v.rules[2].platforms = []), ['rules[2].platforms']),
  example('a rule citing no source', (v) => (v.rules[9].sources = []), ['rules[9].sources']),
  example('an explanation in one language', (v) => delete v.rules[10].explanation.zh_CN, [
    'rules[10].explanation.zh_CN',
  ]),
  example('an instant without an offset', (v) => (v.rules[0].from = '2013-08-01T00:00'), [
    'rules[0].from',
  ]),
  example('a date where an instant belongs', (v) => (v.rules[1].until = '2021-11-30'), [
    'rules[1].until',
  ]),
  example('a source cited inline', (v) => (v.rules[3].sources = [v.sources[0]]), [
    'rules[3].sources[0]',
  ]),
  example('a source without a title', (v) => delete v.sources[1].title, ['sources[1].title']),
  example('a source with an empty title', (v) => (v.sources[1].title = '  '), ['sources[1].title']),
  example('an invented URN for an address', (v) => (v.sources[0].url = 'urn:article:x-1'), [
    'sources[0].url',
  ]),
  example('an ftp address', (v) => (v.sources[0].url = 'ftp://example.com/a'), ['sources[0].url']),
  example('a publication date in words', (v) => (v.sources[2].published = 'last week'), [
    'sources[2].published',
  ]),
  example(
    'a quote longer than 300 characters',
    (v) => (v.sources[3].quote.text = '字'.repeat(301)),
    ['sources[3].quote.text'],
  ),
  example(
    'a Chinese quote without its English gloss',
    (v) => {
      const source = v.sources.find((s: Json) => s.quote.lang.startsWith('zh'));
      delete source.quote.en;
    },
    (v) => [
      `sources[${v.sources.findIndex((s: Json) => s.quote.lang.startsWith('zh') && !s.quote.en)}].quote.en`,
    ],
  ),
  example('a quote without a language', (v) => delete v.sources[4].quote.lang, [
    'sources[4].quote.lang',
  ]),
  example('an event with a title in one string', (v) => (v.events[1].title = 'Just a string'), [
    'events[1].title',
  ]),
  example('a note with blank Chinese text', (v) => (v.notes[0].text.zh_CN = '   '), [
    'notes[0].text.zh_CN',
  ]),
  example('a repeated scope in a rule', (v) => (v.rules[0].scopes = ['private', 'private']), [
    'rules[0].scopes[1]',
  ]),
  example('a field with an odd name', (v) => (v.rules[0]['a b'] = 1), ['rules[0]["a b"]']),
  // What only the validator sees: relations between values, and the calendar.
  example('a duplicate rule id', (v) => (v.rules[1].id = v.rules[0].id), ['rules[1].id'], CROSS),
  example(
    'a cited source that is not defined',
    (v) => (v.rules[0].sources = ['no-such-source']),
    ['rules[0].sources[0]'],
    CROSS,
  ),
  example(
    'a source nothing cites',
    (v) => v.sources.push({ ...v.sources[0], id: 'never-cited' }),
    (v) => [`sources[${v.sources.length - 1}]`],
    CROSS,
  ),
  example(
    'a reported rule resting on an unquoted source',
    (v) => {
      const rule = v.rules.find((r: Json) => r.evidence === 'reported' && r.sources.length === 1);
      const source = v.sources.find((s: Json) => s.id === rule.sources[0]);
      delete source.quote;
    },
    (v) => {
      const unquoted = new Set(v.sources.filter((s: Json) => !s.quote).map((s: Json) => s.id));
      const paths: string[] = [];
      for (const [kind, list] of [
        ['rules', v.rules],
        ['events', v.events],
      ]) {
        list.forEach((item: Json, i: number) => {
          if (item.evidence !== 'announced' && item.evidence !== 'reported') return;
          item.sources.forEach((id: string, j: number) => {
            if (unquoted.has(id)) paths.push(`${kind}[${i}].sources[${j}]`);
          });
        });
      }
      return paths;
    },
    CROSS,
  ),
  example(
    'a scope the ruleset does not list',
    (v) => (v.rules[8].scopes = ['moments']),
    ['rules[8].scopes[0]'],
    CROSS,
  ),
  example(
    'an interval that ends before it starts',
    (v) => (v.rules[2].until = '2000-01-01T00:00:00+08:00'),
    ['rules[2].until'],
    CROSS,
  ),
  example(
    'an instant after the end of the record',
    (v) => (v.events.at(-1).at = '2027-01-01T00:00:00+08:00'),
    (v) => [`events[${v.events.length - 1}].at`],
    CROSS,
  ),
  example(
    'two equally specific rules that overlap',
    (v) => v.rules.push({ ...v.rules[0], id: 'duplicate-of-first' }),
    (v) => [`rules[${v.rules.length - 1}]`],
    CROSS,
  ),
  example(
    'a day that does not exist',
    (v) => (v.rules[1].from = '2021-02-30T00:00:00+08:00'),
    ['rules[1].from'],
    'the calendar (a pattern cannot know that February has no 30th)',
  ),
];

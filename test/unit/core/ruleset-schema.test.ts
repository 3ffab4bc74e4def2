/**
 * The JSON Schema of rulesets (schemas/ruleset.schema.json, draft 2020-12) and the product's
 * validator agree: both accept the shipped file, both refuse every broken example the schema can
 * see, and for the rest (relations between values, the calendar) the schema says in its own
 * description that only the validator checks them.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRuleset } from '../../../src/core/policy/ruleset-validate';
import { makeRule, makeRuleset } from './support/custom-ruleset';
import { INVALID_EXAMPLES, shippedJson } from './support/invalid-rulesets';
import { jsonPaths } from './support/json-paths';

const schemaUrl = new URL('../../../schemas/ruleset.schema.json', import.meta.url);
const shippedUrl = new URL('../../../src/core/data/rulesets/wechat.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const schemaAccepts = ajv.compile(schema);
const validatorAccepts = (value: unknown) => validateRuleset(value).ok;

describe('schemas/ruleset.schema.json', () => {
  it('is a draft 2020-12 schema that compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schemaAccepts).toBe('function');
  });

  it('is the schema the shipped file points at, and both accept the shipped file', () => {
    const text = readFileSync(shippedUrl, 'utf8');
    const shipped = JSON.parse(text);
    expect(new URL(shipped.$schema, shippedUrl).href).toBe(schemaUrl.href);
    expect(schemaAccepts(shipped), JSON.stringify(schemaAccepts.errors)).toBe(true);
    expect(validateRuleset(shipped)).toMatchObject({ ok: true });
  });

  it('accepts the small custom rulesets the other tests build, as the validator does', () => {
    const custom = makeRuleset([
      makeRule({ id: 'a', platforms: ['shop'], until: '2022-01-01T00:00Z' }),
      makeRule({
        id: 'b',
        platforms: ['shop'],
        from: '2022-01-01T08:00+08:00',
        evidence: 'inferred',
      }),
    ]);
    expect(schemaAccepts(custom), JSON.stringify(schemaAccepts.errors)).toBe(true);
    expect(validatorAccepts(custom)).toBe(true);
  });

  describe.each(INVALID_EXAMPLES.map((example) => [example.name, example] as const))(
    '%s',
    (_name, example) => {
      it('is refused by the validator', () => {
        expect(example.paths.length).toBeGreaterThan(0);
        expect(validatorAccepts(example.value)).toBe(false);
      });
      if (example.schema === 'both') {
        it('is refused by the schema too', () => {
          expect(schemaAccepts(example.value)).toBe(false);
        });
      } else {
        it(`is beyond the schema (${example.schema}), as its description says`, () => {
          expect(schemaAccepts(example.value), JSON.stringify(schemaAccepts.errors)).toBe(true);
        });
      }
    },
  );

  it('describes what only the validator checks', () => {
    for (const words of [
      'ids unique',
      'every cited source id defined',
      'quote',
      'until` later than its `from`',
      'recordEnds',
      'calendar',
      'overlap',
    ]) {
      expect(schema.description).toContain(words);
    }
  });

  it('never refuses what the validator accepts, for any one-field change of the shipped file', () => {
    const shipped = shippedJson();
    const paths = jsonPaths(shipped);
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(
        null,
        '',
        'x',
        -1,
        [],
        {},
        '2021-11-29T20:00+08:00',
        '2021-11-29T20:00',
        'https://example.com/a',
        'zh-Hans',
        'en',
      ),
    );
    let agreed = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        replacement,
        (path, value) => {
          const copy = shippedJson();
          let parent = copy;
          for (const key of path.slice(0, -1)) parent = parent[key];
          parent[path[path.length - 1] as string | number] = value;
          const bySchema = schemaAccepts(copy);
          const byValidator = validatorAccepts(copy);
          // The validator checks all the schema does, and more.
          if (byValidator) expect(bySchema, JSON.stringify(schemaAccepts.errors)).toBe(true);
          if (bySchema === byValidator) agreed++;
        },
      ),
      { numRuns: 400 },
    );
    // They rarely disagree: only where a change breaks a relation the schema cannot see.
    expect(agreed).toBeGreaterThan(300);
  });
});

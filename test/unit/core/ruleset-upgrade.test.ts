/**
 * Format 1 to format 2: the sources are hoisted into `sources` by id (one definition per distinct
 * title and address, ids made from them and so the same in every upgrade), nothing else changes,
 * nothing is lost (going back gives the original), and a real format-1 file either upgrades or
 * says which sources need a quote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/policy/evaluate';
import { readRuleset } from '../../../src/core/policy/ruleset-read';
import { isFormat1, quotesNeeded, upgradeRuleset } from '../../../src/core/policy/ruleset-upgrade';
import { validateRuleset } from '../../../src/core/policy/ruleset-validate';
import { ID_PATTERN } from '../../../src/core/policy/validate-fields';
import { format1Clean, format1Wechat } from './support/format1-rulesets';

type Json = Record<string, unknown>;
type Cited = { sources: unknown[] };

/** Format 2 back to format 1: every cited id replaced by its definition's title and address. */
function downgrade(upgraded: Json): Json {
  const byId = new Map(
    (upgraded.sources as { id: string; title: string; url: string }[]).map((s) => [s.id, s]),
  );
  const back = (list: unknown) =>
    (list as Cited[]).map((item) => ({
      ...item,
      sources: item.sources.map((id) => {
        const source = byId.get(id as string);
        return source ? { title: source.title, url: source.url } : id;
      }),
    }));
  const { sources: _sources, ...rest } = upgraded;
  return {
    ...rest,
    format: 1,
    rules: back(rest.rules),
    events: back(rest.events),
    notes: back(rest.notes),
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const entriesOf = (ruleset: Json) =>
  (['rules', 'events', 'notes'] as const).flatMap((list) =>
    (ruleset[list] as Cited[]).flatMap((item) => item.sources as { title: string; url: string }[]),
  );

describe('upgradeRuleset on the real format-1 file', () => {
  const original = format1Wechat();
  const upgraded = upgradeRuleset(deepFreeze(format1Wechat()));

  it('is format 2 with every distinct source defined once, in the keys order of format 2', () => {
    expect(isFormat1(original)).toBe(true);
    expect(upgraded.format).toBe(2);
    expect(Object.keys(upgraded)).toEqual([
      'format',
      'app',
      'name',
      'scopes',
      'recordEnds',
      'sources',
      'rules',
      'events',
      'notes',
    ]);
    const distinct = new Set(entriesOf(original).map((s) => `${s.url}\n${s.title}`));
    const sources = upgraded.sources as { id: string; title: string; url: string }[];
    expect(sources).toHaveLength(distinct.size);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    for (const source of sources) {
      expect(source.id).toMatch(ID_PATTERN);
      expect(source.id.length).toBeLessThanOrEqual(80);
      expect(Object.keys(source)).toEqual(['id', 'title', 'url']);
    }
    // Readable: the address's host, then a short hash.
    expect(sources.map((s) => s.id)).toContain(
      sources.find((s) => s.url.includes('tellerreport.com'))?.id,
    );
    expect(sources.find((s) => s.url.includes('tellerreport.com'))?.id).toMatch(
      /^tellerreport-com-[0-9a-f]{6}$/,
    );
  });

  it('loses nothing: going back to format 1 gives the original, and the input is unchanged', () => {
    expect(downgrade(upgraded)).toEqual(original);
    expect(format1Wechat()).toEqual(original);
  });

  it('gives every source the same id in every upgrade, whatever the order of the rules', () => {
    const again = upgradeRuleset(format1Wechat());
    expect(again).toEqual(upgraded);
    const reversed = format1Wechat();
    reversed.rules = [...(reversed.rules as unknown[])].reverse();
    reversed.events = [...(reversed.events as unknown[])].reverse();
    const ids = (ruleset: Json) =>
      new Map(
        (ruleset.sources as { id: string; url: string; title: string }[]).map((s) => [
          `${s.url}\n${s.title}`,
          s.id,
        ]),
      );
    expect(ids(upgradeRuleset(reversed))).toEqual(ids(upgraded));
  });

  it('needs a quote for each source that a rule or event of evidence announced or reported cites', () => {
    const needed = quotesNeeded(upgraded);
    const quoted = new Set<string>();
    const citers = new Map<string, string[]>();
    for (const item of [...(upgraded.rules as Json[]), ...(upgraded.events as Json[])]) {
      if (!['announced', 'reported'].includes(item.evidence as string)) continue;
      for (const id of item.sources as string[]) {
        quoted.add(id);
        citers.set(id, [...(citers.get(id) ?? []), item.id as string]);
      }
    }
    expect(new Set(needed.map((entry) => entry.source))).toEqual(quoted);
    for (const entry of needed) {
      expect(entry.citedBy).toEqual([...new Set(citers.get(entry.source))]);
      const index = Number(/^sources\[(\d+)\]$/.exec(entry.path)?.[1]);
      expect((upgraded.sources as Json[])[index]?.id).toBe(entry.source);
    }
    expect(needed.length).toBeGreaterThan(20);
  });

  it('is refused as it is, and accepted once its quotes are added and its locator is an address', () => {
    const reading = readRuleset(format1Wechat());
    expect(reading.ok).toBe(false);
    if (reading.ok || reading.upgrade === null) throw new Error('expected a failed upgrade');
    // Apart from the quotes, only the invented locator of format 1 is wrong.
    expect(reading.problems.map((p) => p.path)).toEqual([
      expect.stringMatching(/^sources\[\d+\]\.url$/),
    ]);
    expect(reading.problems[0]?.message).toContain('urn:article:zimubang-2021-11-30');
    const completed = structuredClone(reading.upgrade.ruleset) as Json;
    const needed = new Set(reading.upgrade.quotesNeeded.map((entry) => entry.source));
    completed.sources = (completed.sources as Json[]).map((source) => ({
      ...source,
      url: String(source.url).startsWith('urn:') ? 'https://news.futunn.com/' : source.url,
      ...(needed.has(source.id as string)
        ? { quote: { text: 'The words of the source.', lang: 'en' } }
        : {}),
    }));
    expect(validateRuleset(completed)).toMatchObject({ ok: true });
    const again = readRuleset(completed);
    expect(again).toMatchObject({ ok: true, upgradedFrom: null });
  });
});

describe('readRuleset', () => {
  it('upgrades a format-1 ruleset that needs no quote and answers with it', () => {
    const original = format1Clean();
    const reading = readRuleset(original);
    expect(reading).toMatchObject({ ok: true, upgradedFrom: 1 });
    if (!reading.ok) throw new Error('expected a valid upgrade');
    expect(reading.ruleset.format).toBe(2);
    expect(reading.ruleset.sources).toHaveLength(2);
    expect(reading.ruleset.rules[1]?.sources).toEqual([reading.ruleset.rules[0]?.sources[0]]);
    expect(original).toEqual(format1Clean());
    const verdict = evaluate(
      { platform: 'tmall', category: 'ecommerce', kind: 'url' },
      { app: reading.ruleset, scope: 'group', at: Date.UTC(2021, 0, 1) },
    );
    expect(verdict).toMatchObject({
      outcome: 'blocked',
      rule: 'taobao-2020',
      evidence: 'inferred',
    });
    expect(verdict.sources.map((s) => s.url)).toEqual([
      'https://example.com/report',
      'https://example.org/notice?id=1',
    ]);
  });

  it('reads a format-2 ruleset as the validator does, and leaves a mix of formats to it', () => {
    const upgraded = upgradeRuleset(format1Clean());
    expect(readRuleset(upgraded)).toMatchObject({ ok: true, upgradedFrom: null });
    const mixed = { ...upgraded, format: 1 };
    expect(isFormat1(mixed)).toBe(false);
    const reading = readRuleset(mixed);
    expect(reading).toMatchObject({ ok: false, upgrade: null });
    if (!reading.ok) expect(reading.problems.map((p) => p.path)).toEqual(['format']);
  });

  it('carries over what is wrong, for the validator to report at its path', () => {
    const broken = format1Clean();
    (broken.rules as Json[])[0] = { ...(broken.rules as Json[])[0], outcome: 'sometimes' };
    (broken.rules as Json[])[1] = { ...(broken.rules as Json[])[1], sources: ['not a source'] };
    const reading = readRuleset(broken);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.upgrade?.quotesNeeded).toEqual([]);
    expect(reading.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['rules[0].outcome', 'rules[1].sources[0]']),
    );
  });
});

describe('upgradeRuleset on generated format-1 rulesets', () => {
  const source = fc.record({
    title: fc.constantFrom('A', 'B', 'Report “x”', '报道'),
    url: fc.constantFrom(
      'https://example.com/a',
      'https://www.example.com/a',
      'http://例子.中国/b',
      'urn:x:y',
      'not a url',
    ),
  });
  const item = (prefix: string, i: number, sources: { title: string; url: string }[]) => ({
    id: `${prefix}-${i}`,
    evidence: 'inferred',
    sources,
  });
  const ruleset = fc
    .record({
      rules: fc.array(fc.array(source, { maxLength: 4 }), { maxLength: 6 }),
      events: fc.array(fc.array(source, { maxLength: 3 }), { maxLength: 3 }),
      notes: fc.array(fc.array(source, { maxLength: 2 }), { maxLength: 2 }),
    })
    .map(({ rules, events, notes }) => ({
      format: 1,
      app: 'gen',
      rules: rules.map((s, i) => item('rule', i, s)),
      events: events.map((s, i) => item('event', i, s)),
      notes: notes.map((s, i) => item('note', i, s)),
    }));

  it('defines each distinct source once, under a unique valid id, and loses nothing', () => {
    fc.assert(
      fc.property(ruleset, (value) => {
        const upgraded = upgradeRuleset(value);
        const sources = upgraded.sources as { id: string }[];
        const distinct = new Set(entriesOf(value).map((s) => `${s.url}\n${s.title}`));
        expect(sources).toHaveLength(distinct.size);
        expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
        for (const s of sources) expect(s.id).toMatch(ID_PATTERN);
        const { sources: _hoisted, ...rest } = downgrade(upgraded) as Json & { sources?: unknown };
        expect(rest).toEqual(value);
      }),
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The generator script, run here on the kept data file: the module must be exactly its output.
import { confusableData, parseConfusables } from '../../../scripts/confusables.mjs';
import {
  CONFUSABLE_MAPPINGS,
  CONFUSABLES_DATE,
  CONFUSABLES_VERSION,
  SKELETON_ALPHABET,
} from '../../../src/core/data/confusable-data';
import { PLATFORM_LABELS } from '../../../src/core/lookalike/lookalike-gate';
import { charactersReadAs, labelSkeleton } from '../../../src/core/lookalike/skeleton';

const TEXT = readFileSync(join(__dirname, '../../../data/unicode/confusables.txt'), 'utf8');

describe('confusable data: generated from Unicode confusables.txt', () => {
  it('is exactly what scripts/confusables.mjs makes of data/unicode/confusables.txt', () => {
    const data = confusableData(TEXT);
    expect(CONFUSABLES_VERSION).toBe(data.version);
    expect(CONFUSABLES_DATE).toBe(data.date);
    expect(SKELETON_ALPHABET).toBe(data.alphabet);
    expect(CONFUSABLE_MAPPINGS).toEqual(data.entries);
  });

  it('comes from version 17.0.0 of the data, and keeps every mapping into the alphabet', () => {
    expect(CONFUSABLES_VERSION).toBe('17.0.0');
    const { map } = parseConfusables(TEXT);
    expect(map.size).toBeGreaterThan(6000);
    const alphabet = new Set(SKELETON_ALPHABET);
    let kept = 0;
    for (const [source, target] of map) {
      const inAlphabet = [...target].every((c) => alphabet.has(c));
      if (inAlphabet) kept += 1;
      expect(charactersReadAs(target).includes(source), `${source} → ${target}`).toBe(inAlphabet);
    }
    expect(kept).toBe(CONFUSABLE_MAPPINGS.reduce((n, [, sources]) => n + [...sources].length, 0));
    // The hand-made table this replaces had U+04CF read as l only; the data reads it as l too,
    // and has i's look-alikes it lacked (Armenian, Cherokee, Lisu, ...).
    expect(charactersReadAs('l')).toContain('\u04cf');
    expect(charactersReadAs('i').length).toBeGreaterThan(10);
  });

  it('has an alphabet that holds the skeleton of every letter, digit and hyphen (so of every platform label)', () => {
    for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789-') {
      const skeleton = labelSkeleton(c);
      expect(skeleton, c).not.toBeNull();
      for (const s of skeleton ?? '') expect(SKELETON_ALPHABET).toContain(s);
    }
    for (const label of PLATFORM_LABELS) expect(labelSkeleton(label), label).not.toBeNull();
  });
});

describe('labelSkeleton: UTS #39 skeletons of host labels', () => {
  it.each([
    ['taobao', 'taobao'],
    ['t\u0430obao', 'taobao'], // Cyrillic а
    ['ta\u03bfbao', 'taobao'], // Greek ο
    ['t\u00e0obao', 'taobao'], // à: NFD, the mark dropped
    ['tmall', 'trnall'], // m reads as rn
    ['trnall', 'trnall'],
    ['1688', 'l688'], // 1 reads as l
    ['\u0458\u0501', 'jd'], // Cyrillic ј and ԁ
    ['x\u200bx', 'xx'], // zero-width space dropped
    ['bilib\u0131li', 'bilibili'], // dotless ı
    ['\u13c2', 'h'], // Cherokee capital, as the URL parser keeps it
  ])('%s reads as %s', (label, skeleton) => {
    expect(labelSkeleton(label)).toBe(skeleton);
  });

  it.each(['淘宝', 'taobao_', 'tao bao', '\u0436'])(
    'is null for %s, which has a character no LDH label’s skeleton has',
    (label) => {
      expect(labelSkeleton(label)).toBeNull();
    },
  );

  it('is stable: a skeleton is its own skeleton, and equal labels give equal skeletons', () => {
    const chars = [...'abcdefghijklmnopqrstuvwxyz0123456789-'].flatMap((c) => [
      c,
      ...charactersReadAs(c).slice(0, 6),
    ]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 20 }), (parts) => {
        const skeleton = labelSkeleton(parts.join(''));
        expect(skeleton).not.toBeNull();
        expect(labelSkeleton(skeleton ?? '')).toBe(skeleton);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, for any string', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
          maxLength: 40,
        }),
        (text) => {
          const skeleton = labelSkeleton(text);
          if (skeleton !== null) for (const s of skeleton) expect(SKELETON_ALPHABET).toContain(s);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORM_LABELS } from '../../../src/core/lookalike/lookalike-gate';
import {
  KEYBOARD_NEIGHBOURS,
  nearLabel,
  typoOf,
  typoVariants,
} from '../../../src/core/lookalike/typo';

/** Damerau–Levenshtein distance (optimal string alignment), for checking the classes. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0;
}

describe('typoVariants: the typo classes of a label', () => {
  it.each([
    ['omission', 'taobao', 'tobao'],
    ['repetition', 'taobao', 'taobaao'],
    ['transposition', 'taobao', 'toabao'],
    ['vowel-swap', 'taobao', 'taobeo'],
    ['replacement', 'taobao', 'taobso'],
    ['homoglyph', 'tmall', 'trnall'],
    ['homoglyph', 'douyin', 'clouyin'],
    ['hyphenation', 'taobao', 'tao-bao'],
    ['insertion', 'taobao', 'taobaox'],
    ['insertion', 'taobao', 'xtaobao'],
  ])('%s of %s gives %s', (typo, label, variant) => {
    expect(typoVariants(label)).toContainEqual([typo, variant]);
  });

  it('gives variants one edit away (two for the letter pairs rn, vv, cl), never the label itself', () => {
    const word = fc.stringMatching(/^[a-z]{5,12}$/);
    fc.assert(
      fc.property(word, (label) => {
        for (const [typo, variant] of typoVariants(label)) {
          expect(variant).not.toBe(label);
          const edits = distance(label, variant);
          if (typo === 'homoglyph') expect(edits, `${label} ${variant}`).toBeLessThanOrEqual(2);
          else expect(edits, `${typo} ${label} ${variant}`).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('replaces letters only by their keyboard neighbours, symmetric on a QWERTY layout', () => {
    for (const [key, neighbours] of Object.entries(KEYBOARD_NEIGHBOURS)) {
      for (const other of neighbours)
        expect(KEYBOARD_NEIGHBOURS[other], `${key}-${other}`).toContain(key);
    }
  });
});

describe('typoOf and nearLabel: telling a typo variant from its label', () => {
  it('gives the first class typoVariants lists, for every variant of every platform label', () => {
    let checked = 0;
    for (const label of PLATFORM_LABELS.filter((name) => /^[a-z]{5,}$/.test(name))) {
      const first = new Map<string, string>();
      for (const [typo, variant] of typoVariants(label))
        if (!first.has(variant)) first.set(variant, typo);
      for (const [variant, typo] of first) {
        expect(nearLabel(label, variant.toUpperCase(), 0, variant.length), variant).toBe(true);
        expect(typoOf(label, variant), variant).toBe(variant.length < 5 ? null : typo);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it('is null for the label itself, short labels and variants, and strings two edits away', () => {
    expect(typoOf('taobao', 'taobao')).toBeNull();
    expect(typoOf('tmall', 'mall')).toBeNull();
    expect(typoOf('jd', 'jb')).toBeNull();
    expect(typoOf('taobao', 'tobaa')).toBeNull();
    expect(typoOf('taobao', 'mytaobao')).toBeNull();
    expect(nearLabel('taobao', 'xx.mytaobao', 3, 11)).toBe(false);
  });

  it('agrees with typoVariants on random pairs: typoOf is a class exactly for listed variants', () => {
    const word = fc.stringMatching(/^[a-z]{5,9}$/);
    const edit = fc.stringMatching(/^[a-z-]{4,10}$/);
    fc.assert(
      fc.property(word, edit, fc.nat(), (label, other, pick) => {
        const variants = typoVariants(label);
        const listed = variants[pick % variants.length]?.[1] ?? label;
        for (const candidate of [other, listed]) {
          const typo = typoOf(label, candidate);
          const expected = variants.find(([, v]) => v === candidate)?.[0] ?? null;
          expect(typo, `${label} ${candidate}`).toBe(
            candidate.length < 5 || candidate === label ? null : expected,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { CONFUSABLE_GROUPS, CONFUSABLES, DIGIT_SWAPS } from '../../../src/core/confusables';
import { hostToUnicode } from '../../../src/core/punycode';

const SCRIPT_RANGES: Record<string, [number, number][]> = {
  Cyrillic: [[0x0400, 0x052f]],
  Greek: [[0x0370, 0x03ff]],
  Armenian: [[0x0530, 0x058f]],
  Latin: [
    [0x00c0, 0x02af],
    [0x1d00, 0x1eff],
    [0xa720, 0xa7ff],
    [0xff21, 0xff5a],
    [0xff10, 0xff19],
  ],
};

const entries = [...CONFUSABLES];

describe('confusables data', () => {
  it('maps single non-ASCII characters, and only them, to ASCII letters or digits', () => {
    expect(entries.length).toBeGreaterThan(60);
    for (const [char, { skeleton }] of entries) {
      expect([...char], char).toHaveLength(1);
      expect(char.codePointAt(0), char).toBeGreaterThan(0x7f);
      expect(skeleton, char).toMatch(/^[a-z0-9]+$/);
    }
  });

  it('has no entry listed twice, and every group parses to entries of its own script', () => {
    let count = 0;
    for (const group of CONFUSABLE_GROUPS) {
      for (const entry of group.entries.split(' ')) {
        count++;
        const code = entry.codePointAt(0) ?? 0;
        const ranges = SCRIPT_RANGES[group.script] ?? [];
        expect(
          ranges.some(([from, to]) => code >= from && code <= to),
          `${entry} in ${group.script}`,
        ).toBe(true);
      }
    }
    expect(CONFUSABLES.size).toBe(count);
  });

  it('lists characters as hosts keep them: lower case, NFKC-stable, kept by the URL parser', () => {
    for (const [char, { folded }] of entries) {
      if (folded) continue;
      expect(char.toLowerCase(), char).toBe(char);
      expect(char.normalize('NFKC'), char).toBe(char);
      const host = new URL(`http://a${char}b.example/`).hostname;
      expect(host, char).toMatch(/^xn--/);
      expect(hostToUnicode(host), char).toBe(`a${char}b.example`);
    }
  });

  it('marks as folded exactly the characters the URL parser turns into their skeleton', () => {
    const folded = entries.filter(([, confusable]) => confusable.folded);
    expect(folded.length).toBe(36);
    for (const [char, { skeleton }] of folded) {
      expect(char.normalize('NFKC'), char).toBe(skeleton);
      expect(new URL(`http://a${char}b.example/`).hostname).toBe(`a${skeleton}b.example`);
    }
  });

  it.each([
    ['а', 'a'],
    ['е', 'e'],
    ['о', 'o'],
    ['р', 'p'],
    ['с', 'c'],
    ['х', 'x'],
    ['у', 'y'],
    ['і', 'i'],
    ['ј', 'j'],
    ['ѕ', 's'],
    ['ԁ', 'd'],
    ['ԛ', 'q'],
    ['ԝ', 'w'],
    ['ɡ', 'g'],
    ['ο', 'o'],
    ['α', 'a'],
    ['ν', 'v'],
    ['τ', 't'],
    ['ι', 'i'],
    ['κ', 'k'],
    ['ρ', 'p'],
    ['ε', 'e'],
    ['ı', 'i'],
    ['ȷ', 'j'],
    ['ḿ', 'm'],
    ['ṁ', 'm'],
    ['ｔ', 't'],
  ])('reads %s as %s', (char, skeleton) => {
    expect(CONFUSABLES.get(char)?.skeleton).toBe(skeleton);
  });

  it('keeps digit swaps apart: digits to the ASCII letters they pass for', () => {
    expect([...DIGIT_SWAPS.keys()].sort()).toEqual(['0', '1']);
    for (const [digit, letters] of DIGIT_SWAPS) {
      expect(digit).toMatch(/^[0-9]$/);
      expect(letters).toMatch(/^[a-z]+$/);
      expect(CONFUSABLES.has(digit)).toBe(false);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findShareCodes } from '../../../src/core/share-code/share-code';

const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const codeish = fc.constantFrom(
  '￥',
  '€',
  '$',
  '💰',
  '🔑',
  '\ufe0f',
  '啊',
  '(',
  ')',
  '！',
  '#',
  '20:/',
  ' ',
  '/',
  'MDGGba1MLQh',
  'aB3',
  '1',
);

/**
 * Bodies shaped like real codes: mixed case, digits, no vowels (so that no rule for words can
 * apply; real codes with vowels are covered by the example tests).
 */
const body = fc
  .tuple(
    fc.stringMatching(
      /^[B-DF-HJ-NP-TV-XZ]{2}[b-df-hj-np-tv-xz]{2}\d[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]\d$/,
    ),
    fc.stringMatching(/^[0-9B-DF-HJ-NP-TV-XZb-df-hj-np-tv-xz]{3,12}$/),
  )
  .map(([head, tail]) => head + tail);

/** Prose that cannot itself hold a code or a delimiter next to the code. */
const prose = fc.constantFrom(
  '',
  '复制这段描述',
  'copy this ',
  '【好物】',
  '打开👉手淘👈 ',
  '看看',
);

describe('findShareCodes: properties', () => {
  it('never throws and returns ordered, valid marks, for any string', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: utf16Unit, maxLength: 300 }),
      fc.array(codeish, { maxLength: 40 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyString, (text) => {
        const found = findShareCodes(text);
        let previousEnd = 0;
        for (const match of found) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(match.start, match.end)).toContain(match.code);
          if (match.code !== '喵口令') {
            expect(match.code).toMatch(/^[0-9A-Za-z]{10,20}$/);
            expect(match.code).toMatch(/[a-z]/);
            expect(match.code).toMatch(/[A-Z]/);
          }
          previousEnd = match.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a code in any supported format, with the offsets of its mark', () => {
    const format = fc.constantFrom(
      (c: string) => `￥${c}￥`,
      (c: string) => `€${c}€`,
      (c: string) => `1￥${c}￥/`,
      (c: string) => `💰${c}💰`,
      (c: string) => `😆 ${c} 😆`,
      (c: string) => `(${c})`,
      (c: string) => `20:/！${c}！`,
      (c: string) => `8:/#${c}#`,
    );
    fc.assert(
      fc.property(prose, body, format, prose, (before, code, wrap, after) => {
        const mark = wrap(code);
        const text = `${before}${mark} ${after}`;
        expect(findShareCodes(text)).toEqual([
          expect.objectContaining({ code, start: before.length, end: before.length + mark.length }),
        ]);
      }),
      { numRuns: 1000 },
    );
  });

  it("finds JD's mixed pairs and link-shaped codes of 10 to 14 characters as JD's", () => {
    const short = fc
      .tuple(body, fc.integer({ min: 10, max: 14 }))
      .map(([code, length]) => code.slice(0, length))
      .filter((code) => code.length >= 10);
    const format = fc.constantFrom(
      (c: string) => `#${c}@`,
      (c: string) => `%${c}@`,
      (c: string) => `%${c}!`,
      (c: string) => `#${c}%`,
      (c: string) => `#${c}！`,
    );
    fc.assert(
      fc.property(prose, short, format, prose, (before, code, wrap, after) => {
        const mark = wrap(code);
        const text = `${before}${mark} ${after}`;
        expect(findShareCodes(text)).toEqual([
          { platform: 'jd', code, start: before.length, end: before.length + mark.length },
        ]);
      }),
      { numRuns: 500 },
    );
    const scheme = fc.constantFrom(
      'http:/',
      'http://',
      'https:/',
      'https://',
      'Https:/',
      'HTTP://',
    );
    const rest = fc.constantFrom(' 一起奔跑', '快来为我拉BUFF', '', ' ');
    fc.assert(
      fc.property(
        prose,
        scheme,
        body.filter((tail) => tail.length >= 13),
        rest,
        (before, head, tail, after) => {
          const code = `J${tail.slice(0, 13)}`;
          const text = `${before}${head}${code}${after}`;
          expect(findShareCodes(text)).toEqual([
            { platform: 'jd', code, start: before.length, end: before.length + head.length + 14 },
          ]);
          // With a host after it, it is an address, not a code.
          expect(findShareCodes(`${before}${head}${code}.example/x${after}`)).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never reads camel-case words, with or without digits, as codes', () => {
    const word = fc.constantFrom(
      'Hello',
      'World',
      'Shop',
      'Smart',
      'Black',
      'Friday',
      'Super',
      'Sale',
      'Happy',
      'Birthday',
      'Go',
      'My',
      'Best',
      'Buy',
    );
    const words = fc
      .tuple(fc.array(word, { minLength: 2, maxLength: 5 }), fc.nat({ max: 9999 }))
      .map(([list, n]) => `${list.join('')}${n === 0 ? '' : n}`)
      .filter((text) => text.length >= 10 && text.length <= 20);
    const wrap = fc.constantFrom(
      (c: string) => `￥${c}￥`,
      (c: string) => `$${c}$`,
      (c: string) => `#${c}#`,
      (c: string) => `#${c}@`,
      (c: string) => `💰${c}💰`,
      (c: string) => `https://${c}`,
    );
    fc.assert(
      fc.property(prose, words, wrap, (before, text, w) => {
        expect(findShareCodes(`${before}${w(text)} `)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('never reads prices, amounts or numbers as codes', () => {
    const sign = fc.constantFrom('¥', '￥', '$', '€', '£', 'US$', 'HK$', 'RMB ');
    const amount = fc
      .tuple(fc.nat({ max: 10_000_000 }), fc.nat({ max: 99 }))
      .map(
        ([units, cents]) => `${units.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(fc.array(fc.tuple(sign, amount, prose), { maxLength: 6 }), (items) => {
        const text = items.map(([s, a, p]) => `${p}${s}${a}`).join(' ');
        expect(findShareCodes(text)).toEqual([]);
      }),
    );
  });
});

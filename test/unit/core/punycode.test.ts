import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodePunycode,
  hostToUnicode,
  labelToUnicode,
  MAX_PUNYCODE_LENGTH,
} from '../../../src/core/classify/punycode';

const points = (...codes: number[]) => String.fromCodePoint(...codes);

/** RFC 3492 section 7.1, samples (A) to (S): the Punycode and the code points it decodes to. */
const RFC_3492_SAMPLES: [string, string, string][] = [
  [
    'A Arabic (Egyptian)',
    'egbpdaj6bu4bxfgehfvwxn',
    points(
      0x644,
      0x64a,
      0x647,
      0x645,
      0x627,
      0x628,
      0x62a,
      0x643,
      0x644,
      0x645,
      0x648,
      0x634,
      0x639,
      0x631,
      0x628,
      0x64a,
      0x61f,
    ),
  ],
  [
    'B Chinese (simplified)',
    'ihqwcrb4cv8a8dqg056pqjye',
    points(0x4ed6, 0x4eec, 0x4e3a, 0x4ec0, 0x4e48, 0x4e0d, 0x8bf4, 0x4e2d, 0x6587),
  ],
  [
    'C Chinese (traditional)',
    'ihqwctvzc91f659drss3x8bo0yb',
    points(0x4ed6, 0x5011, 0x7232, 0x4ec0, 0x9ebd, 0x4e0d, 0x8aaa, 0x4e2d, 0x6587),
  ],
  ['D Czech', 'Proprostnemluvesky-uyb24dma41a', 'Pročprostěnemluvíčesky'],
  [
    'E Hebrew',
    '4dbcagdahymbxekheh6e0a7fei0b',
    points(
      0x5dc,
      0x5de,
      0x5d4,
      0x5d4,
      0x5dd,
      0x5e4,
      0x5e9,
      0x5d5,
      0x5d8,
      0x5dc,
      0x5d0,
      0x5de,
      0x5d3,
      0x5d1,
      0x5e8,
      0x5d9,
      0x5dd,
      0x5e2,
      0x5d1,
      0x5e8,
      0x5d9,
      0x5ea,
    ),
  ],
  [
    'F Hindi (Devanagari)',
    'i1baa7eci9glrd9b2ae1bj0hfcgg6iyaf8o0a1dig0cd',
    points(
      0x92f,
      0x939,
      0x932,
      0x94b,
      0x917,
      0x939,
      0x93f,
      0x928,
      0x94d,
      0x926,
      0x940,
      0x915,
      0x94d,
      0x92f,
      0x94b,
      0x902,
      0x928,
      0x939,
      0x940,
      0x902,
      0x92c,
      0x94b,
      0x932,
      0x938,
      0x915,
      0x924,
      0x947,
      0x939,
      0x948,
      0x902,
    ),
  ],
  [
    'G Japanese (kanji and hiragana)',
    'n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa',
    'なぜみんな日本語を話してくれないのか',
  ],
  [
    'H Korean (Hangul syllables)',
    '989aomsvi5e83db1d2a355cv1e0vak1dwrv93d5xbh15a0dt30a5jpsd879ccm6fea98c',
    '세계의모든사람들이한국어를이해한다면얼마나좋을까',
  ],
  ['I Russian (Cyrillic)', 'b1abfaaepdrnnbgefbaDotcwatmq2g4l', 'почемужеонинеговорятпорусски'],
  [
    'J Spanish',
    'PorqunopuedensimplementehablarenEspaol-fmd56a',
    'PorquénopuedensimplementehablarenEspañol',
  ],
  [
    'K Vietnamese',
    'TisaohkhngthchnitingVit-kjcr8268qyxafd2f1b9g',
    'TạisaohọkhôngthểchỉnóitiếngViệt',
  ],
  ['L 3<nen>B<gumi><kinpachi><sensei>', '3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'],
  [
    'M <amuro><namie>-with-SUPER-MONKEYS',
    '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n',
    '安室奈美恵-with-SUPER-MONKEYS',
  ],
  [
    'N Hello-Another-Way-<sorezore><no><basho>',
    'Hello-Another-Way--fc4qua05auwb3674vfr0b',
    'Hello-Another-Way-それぞれの場所',
  ],
  ['O <hitotsu><yane><no><shita>2', '2-u9tlzr9756bt3uc0v', 'ひとつ屋根の下2'],
  ['P Maji<de>Koi<suru>5<byou><mae>', 'MajiKoi5-783gue6qz075azm5e', 'MajiでKoiする5秒前'],
  ['Q <pafii>de<runba>', 'de-jg4avhby1noc0d', 'パフィーdeルンバ'],
  ['R <sono><supiido><de>', 'd9juau41awczczp', 'そのスピードで'],
  ['S -> $1.00 <-', '-> $1.00 <--', '-> $1.00 <-'],
];

describe('decodePunycode: RFC 3492', () => {
  it.each(RFC_3492_SAMPLES)('decodes sample %s', (_name, encoded, decoded) => {
    expect(decodePunycode(encoded)).toBe(decoded);
  });

  it('reads digits in either case (the case annotations of section 3.1 are ignored)', () => {
    expect(decodePunycode('b1abfaaepdrnnbgefbadotcwatmq2g4l')).toBe('почемужеонинеговорятпорусски');
    expect(decodePunycode('EGBPDAJ6BU4BXFGEHFVWXN')).toBe(decodePunycode('egbpdaj6bu4bxfgehfvwxn'));
  });

  it.each([
    ['a non-basic character before the last delimiter', 'aé-b'],
    ['a character that is no base-36 digit', 'ab-!'],
    ['a lone delimiter (read as a digit)', '-'],
    ['a number cut short', 'ab-z'],
    ['an overflowing delta', '99999999999999'],
    ['a code point past U+10FFFF', '9999g'],
    ['a surrogate code point', 'ib9b'],
  ])('returns null for %s (%s)', (_what, input) => {
    expect(decodePunycode(input)).toBeNull();
  });

  it('decodes an empty extended part to the basic characters alone', () => {
    expect(decodePunycode('abc-')).toBe('abc');
    expect(decodePunycode('')).toBe('');
  });

  it('refuses inputs longer than MAX_PUNYCODE_LENGTH without work', () => {
    expect(decodePunycode('a'.repeat(MAX_PUNYCODE_LENGTH + 1))).toBeNull();
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (input) => {
        const decoded = decodePunycode(input);
        expect(decoded === null || typeof decoded === 'string').toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Characters of several scripts that hosts use, already in the form URL hosts keep. */
const hostChar = fc.oneof(
  fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  fc.integer({ min: 0x430, max: 0x44f }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x3b1, max: 0x3c9 }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom(...'éèüößçñøåıȷɡ'),
);
const unicodeLabel = fc
  .array(hostChar, { minLength: 1, maxLength: 20 })
  .map((chars) => chars.join(''));

describe('hostToUnicode', () => {
  it('decodes each xn-- label of a hostname, and leaves the others', () => {
    expect(hostToUnicode('xn--tabao-sce.com')).toBe('taοbao.com');
    expect(hostToUnicode('item.xn--tobao-4ve.com')).toBe('item.tаobao.com');
    expect(hostToUnicode('item.taobao.com')).toBe('item.taobao.com');
    expect(labelToUnicode('XN--TABAO-SCE')).toBe('TAοBAO');
    expect(labelToUnicode('xn--')).toBe('xn--');
    expect(labelToUnicode('xn--a-b-ü')).toBe('xn--a-b-ü');
  });

  it('inverts the URL parser’s encoding: decoding and parsing again gives the same host', () => {
    fc.assert(
      fc.property(fc.array(unicodeLabel, { minLength: 1, maxLength: 3 }), (labels) => {
        let host: string;
        try {
          host = new URL(`http://${labels.join('.')}.example/`).hostname;
        } catch {
          return;
        }
        const unicode = hostToUnicode(host);
        expect(unicode).not.toMatch(/xn--/);
        expect(new URL(`http://${unicode}/`).hostname).toBe(host);
        for (const label of host.split('.')) {
          if (!label.startsWith('xn--')) continue;
          expect(decodePunycode(label.slice(4))).toBe(labelToUnicode(label));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * Input generators shared by the fuzz targets: strings of any kind, URL-ish text built from hosts,
 * confusable letters, percent escapes and control characters, nested redirect wrappers, share-code
 * marks, and byte streams for the line reader.
 */
import fc from 'fast-check';
import { PLATFORMS } from '../../src/core/classify/platforms';
import { GOOGLE_FAMILY } from '../../src/core/classify/wrapper';
import { WRAPPERS } from '../../src/core/classify/wrappers';
import { charactersReadAs } from '../../src/core/lookalike/skeleton';

/** Any UTF-16 code unit, lone surrogates included. */
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/**
 * Any code point, biased to small ones (fast-check's "binary" unit does the same but builds a
 * reverse table of every code point when it is created, which takes seconds).
 */
const codePointUnit = fc
  .oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0xffff }),
    fc.integer({ min: 0x10000, max: 0x10ffff }),
  )
  .map((c) => String.fromCodePoint(c));

/** Characters that matter to URL parsing, share codes and line splitting. */
const SPECIAL = [
  '',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udc00',
  '\ud83d\udcb0',
  '%',
  '%2',
  '%zz',
  '%00',
  '%0A',
  '%2F',
  '%2e',
  '%25',
  '%E4%BD%A0',
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
  '@',
  ':',
  '.',
  '..',
  '/',
  '//',
  '\\',
  '?',
  '#',
  '&',
  '=',
  '[',
  ']',
  '<',
  '>',
  '"',
  "'",
  '`',
  '|',
  '^',
  '{',
  '}',
  '(',
  ')',
  '（',
  '）',
  '￥',
  '¥',
  '€',
  '$',
  '！',
  '!',
  '#',
  '🔑',
  '😆',
  '\ufe0f',
  '啊',
  '淘',
  '口令',
  '喵口令',
  '20:/',
  '8:/ ',
  '1',
  'é',
  'e\u0301',
  'İ',
  'ß',
  'ﬁ',
];

/** Confusable characters (Unicode's confusables data), by the ASCII letter or digit they pass for. */
const CONFUSABLES_OF = new Map<string, string[]>(
  [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => [c, charactersReadAs(c)]),
);

/** Registrable domains of every platform. */
const PLATFORM_DOMAINS = PLATFORMS.flatMap((platform) => platform.domains.map((d) => d.domain));

/** Hosts of every platform's table entries ("item.taobao.com", "shop1.taobao.com"). */
const PLATFORM_HOSTS = [
  ...new Set(
    PLATFORMS.flatMap((platform) =>
      platform.domains.flatMap((d) => [
        d.domain,
        ...(d.hosts ?? []).map((h) => `${h.subdomain.replace('*', '1')}.${d.domain}`),
      ]),
    ),
  ),
];

/** One link prefix per wrapper route, ending where the target goes ("…/url?q="). */
const WRAPPER_PREFIXES: readonly string[] = WRAPPERS.flatMap((wrapper) =>
  wrapper.routes.flatMap((route) => {
    const domain = route.domain === GOOGLE_FAMILY ? 'google.com' : route.domain;
    const subdomain = route.subdomains?.[0] ?? 'www';
    const host = subdomain === '' ? domain : `${subdomain}.${domain}`;
    const path = (route.paths?.[0] ?? '/').replace('*', 'x');
    return route.params.map((param) => `https://${host}${path}?${param}=`);
  }),
);

/** A DNS-like label. */
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);

/** A platform domain with some letters replaced by confusables. */
const confusableDomain = fc
  .tuple(fc.constantFrom(...PLATFORM_DOMAINS), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }))
  .map(([domain, picks]) => {
    const chars = [...domain];
    for (const pick of picks) {
      const at = pick % chars.length;
      const options = CONFUSABLES_OF.get(chars[at] ?? '');
      if (options) chars[at] = options[pick % options.length] ?? chars[at] ?? '';
    }
    return chars.join('');
  });

/** Upper-cases some characters of a string. */
function mixCase(text: string, flips: number): string {
  return [...text].map((c, i) => ((flips >> (i % 31)) & 1 ? c.toUpperCase() : c)).join('');
}

/** Hosts: platform and wrapper hosts, lookalikes, IPs, Punycode, odd spellings. */
const host: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PLATFORM_HOSTS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(label, fc.constantFrom(...PLATFORM_DOMAINS))
      .map(([sub, domain]) => `${sub}.${domain}`),
  },
  { weight: 2, arbitrary: confusableDomain },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PLATFORM_HOSTS), fc.integer())
      .map(([h, flips]) => mixCase(h, flips)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...PLATFORM_DOMAINS),
        fc.constantFrom('.evil.example', '-com.example', '.com', '.', '..', ':8080', '%2e'),
      )
      .map(([domain, tail]) => `${domain}${tail}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'www.google.com',
      'google.co.jp',
      'maps.google.com',
      'google',
      'weixin110.qq.com',
      'l.facebook.com',
      'xn--tabao-sce.com',
      'xn--',
      'xn--zz',
      'ｔａｏｂａｏ．ｃｏｍ',
      'taobao。com',
      '127.0.0.1',
      '0x7f.1',
      '[::1]',
      '[::ffff:1.2.3.4]',
      '[',
      '',
      'localhost',
      'a'.repeat(64),
      `${'a.'.repeat(130)}taobao.com`,
      '%74aobao.com',
      'taobao.com\u0000',
      'tao\u00adbao.com',
    ),
  },
  { weight: 1, arbitrary: fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => l.join('.')) },
);

/** Path, query and fragment pieces. */
const pathPiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '/',
      '/item.htm?id=1',
      '/h.3n52vLA',
      '/url',
      '/l.php',
      '/redirect',
      '?q=',
      '?url=',
      '?u=',
      '?id=',
      '&',
      '#',
      'MDGGba1MLQh',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: utf16Unit, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const pathTail = fc.array(pathPiece, { maxLength: 10 }).map((parts) => parts.join(''));

/** encodeURIComponent, with lone surrogates (which it refuses) written as U+FFFD first. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/\p{Cs}/gu, '\ufffd'));
}

/** URL-ish strings: scheme, user info, host, port, path, nested wrappers, surrounding text. */
export const urlish: fc.Arbitrary<string> = fc
  .record({
    scheme: fc.constantFrom(
      'https://',
      'http://',
      'HTTPS://',
      'hTtP://',
      '//',
      '',
      'https:/',
      'https:',
      'https:\\\\',
      'ftp://',
      'javascript:',
      'data:text/html,',
      'weixin://',
      'taobao://',
    ),
    userinfo: fc.constantFrom('', '', '', 'user@', 'a:b@', 'item.taobao.com@', '%40@'),
    host,
    port: fc.constantFrom('', '', '', ':443', ':80', ':99999', ':'),
    tail: pathTail,
    wrappers: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      {
        weight: 2,
        arbitrary: fc.array(
          fc.tuple(
            fc.constantFrom(...WRAPPER_PREFIXES),
            fc.constantFrom('encode', 'raw', 'double'),
          ),
          { minLength: 1, maxLength: 7 },
        ),
      },
    ),
    before: fc.constantFrom(
      '',
      '',
      '',
      ' ',
      '复制 ',
      '打开👉手淘👈 ',
      '\u200b',
      '￥MDGGba1MLQh￥ ',
    ),
    after: fc.constantFrom('', '', '', ' ', '。点击链接', ' 20:/！MDGGba1MLQh！', '\n'),
  })
  .map(({ scheme, userinfo, host: h, port, tail, wrappers, before, after }) => {
    const path = tail === '' || /^[/?#]/.test(tail) ? tail : `/${tail}`;
    let link = `${scheme}${userinfo}${h}${port}${path}`;
    for (const [prefix, how] of wrappers) {
      const target = how === 'raw' ? link : how === 'encode' ? encode(link) : encode(encode(link));
      link = `${prefix}${target}`;
    }
    return `${before}${link}${after}`;
  });

/** Any string: binary, any UTF-16 units, or a run of special pieces. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: codePointUnit, maxLength: 200 }),
  fc.string({ unit: utf16Unit, maxLength: 200 }),
  fc.string({ maxLength: 100 }),
  fc.array(fc.constantFrom(...SPECIAL), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(pathPiece, host), { maxLength: 12 }).map((parts) => parts.join('')),
);

/**
 * Share-code bodies shaped like real codes: mixed case, digits, no vowels (so that no rule for
 * words can apply).
 */
export const codeBody: fc.Arbitrary<string> = fc
  .tuple(
    fc.stringMatching(
      /^[B-DF-HJ-NP-TV-XZ]{2}[b-df-hj-np-tv-xz]{2}\d[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]\d$/,
    ),
    fc.stringMatching(/^[0-9B-DF-HJ-NP-TV-XZb-df-hj-np-tv-xz]{3,12}$/),
  )
  .map(([head, tail]) => head + tail);

/** Every mark format the detector supports, as a function of the body. */
export const codeMark: fc.Arbitrary<(body: string) => string> = fc.constantFrom(
  (c: string) => `￥${c}￥`,
  (c: string) => `¥${c}¥`,
  (c: string) => `€${c}€`,
  (c: string) => `$${c}$`,
  (c: string) => `₴${c}₴`,
  (c: string) => `1￥${c}￥/`,
  (c: string) => `￥ ${c} ￥`,
  (c: string) => `💰${c}💰`,
  (c: string) => `🔑\ufe0f${c}🔑\ufe0f`,
  (c: string) => `😆 ${c} 😆`,
  (c: string) => `(${c})`,
  (c: string) => `（${c}）`,
  (c: string) => `20:/！${c}！`,
  (c: string) => `8:/#${c}#`,
  (c: string) => `123:/ !${c}!`,
);

/** Pieces of texts around share codes: delimiters, context words, code-like runs. */
const codeish = fc.constantFrom(
  '￥',
  '€',
  '$',
  '💰',
  '🔑',
  '😆',
  '\ufe0f',
  '啊',
  '淘',
  '淘宝',
  '天猫',
  '京东',
  '闲鱼',
  '小红书',
  '喵口令',
  'tb.cn',
  '(',
  ')',
  '（',
  '）',
  '！',
  '!',
  '#',
  '20:/',
  ':/',
  ' ',
  '\u3000',
  '\u00a0',
  '/',
  '\n',
  'MDGGba1MLQh',
  'HelloWorld2021',
  'iPhone15ProMax',
  'aB3',
  'Zx9',
  '1',
  '\ud83d',
  '\udcb0',
);

/** Texts that may hold share codes. */
export const codeText: fc.Arbitrary<string> = fc.oneof(
  fc.array(codeish, { maxLength: 40 }).map((parts) => parts.join('')),
  fc
    .array(
      fc.oneof(
        codeish,
        codeBody,
        codeBody.chain((b) => codeMark.map((mark) => mark(b))),
      ),
      {
        maxLength: 12,
      },
    )
    .map((parts) => parts.join('')),
  anyString,
);

/** Prose around a planted code. */
export const prose: fc.Arbitrary<string> = fc
  .array(fc.oneof(codeish, fc.string({ maxLength: 8 }), fc.constantFrom('复制这段描述', '看看')), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

/** Byte pieces for the line reader: ASCII, line ends, UTF-8 of all lengths, invalid sequences. */
const bytePiece: fc.Arbitrary<readonly number[]> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<readonly number[]>([0x0a], [0x0d, 0x0a], [0x0d], [0x0a, 0x0a]),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom<readonly number[]>(
      [0x61],
      [0x20],
      [0x00],
      [0xef, 0xbb, 0xbf],
      [0xc3, 0xa9],
      [0xe4, 0xbd, 0xa0],
      [0xf0, 0x9f, 0x92, 0xb0],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xff],
      [0x80],
      [0xe4, 0xbd],
      [0xf0, 0x9f],
    ),
  },
  { weight: 2, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 1, max: 120 }))
      .map(([byte, count]) => new Array<number>(count).fill(byte)),
  },
);

/** A byte stream for the line reader. */
export const byteStream: fc.Arbitrary<Uint8Array> = fc
  .array(bytePiece, { maxLength: 40 })
  .map((pieces) => Uint8Array.from(pieces.flat()));

import { PLATFORM_DOMAINS } from '../../core/classify/host-match';

const PLATFORM_DOMAIN_LIST = [...PLATFORM_DOMAINS];
/** The labels after a platform domain's name: "com", "cn", "hk", ... */
const SUFFIXES = [
  ...new Set(PLATFORM_DOMAIN_LIST.map((domain) => domain.slice(domain.indexOf('.') + 1))),
];
/** Platform names, the first label of each platform domain: "taobao", "tb", "1688", ... */
const NAMES = [
  ...new Set(PLATFORM_DOMAIN_LIST.map((domain) => domain.slice(0, domain.indexOf('.')))),
];
const LONGEST_NAME = Math.max(...NAMES.map((name) => name.length));
/**
 * The most UTF-16 code units a platform domain takes in a text: its length twice over, since a
 * mathematical letter (read as ASCII after NFKC) takes two.
 */
export const PLATFORM_DOMAIN_MAX_UNITS = 2 * Math.max(...PLATFORM_DOMAIN_LIST.map((d) => d.length));

/** A character class for one ASCII character and its fullwidth form ("c" → "[cｃ]"). */
function withFullwidth(char: string): string {
  const full = String.fromCharCode(char.charCodeAt(0) + 0xfee0);
  return char === '.' ? '[.\uff0e]' : `[${char}${full}]`;
}

/** A dot and a platform domain's ending, in any case, letters and dot also in fullwidth forms. */
const SUFFIX_G = new RegExp(
  `[.\uff0e](?:${SUFFIXES.map((suffix) => [...suffix].map(withFullwidth).join('')).join('|')})`,
  'gi',
);

/** A character code as the name check reads it: fullwidth forms as ASCII, ASCII in lower case. */
function foldCode(code: number): number {
  const ascii = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  return ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii;
}

/** Hash of a name read backwards, with its length (a collision only lets a text through). */
function backwardKey(name: string): number {
  let hash = 0;
  for (let i = name.length - 1; i >= 0; i--) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return hash * 64 + name.length;
}

const NAME_KEYS: ReadonlySet<number> = new Set(NAMES.map(backwardKey));

/** Whether a platform's name ends right before text[dot] (the dot found by SUFFIX_G). */
function nameEndsAt(text: string, dot: number): boolean {
  let hash = 0;
  for (let i = dot - 1, length = 1; i >= 0 && length <= LONGEST_NAME; i--, length++) {
    hash = (Math.imul(hash, 31) + foldCode(text.charCodeAt(i))) | 0;
    if (NAME_KEYS.has(hash * 64 + length)) return true;
  }
  return false;
}

function scanForPlatformDomain(text: string): boolean {
  SUFFIX_G.lastIndex = 0;
  for (let match = SUFFIX_G.exec(text); match !== null; match = SUFFIX_G.exec(text)) {
    if (nameEndsAt(text, match.index)) return true;
  }
  return false;
}

/**
 * Other compatibility forms of Latin letters and of the dot, which NFKC (and so textMismatch)
 * reads as ASCII: mathematical letters ("𝐭𝐚𝐨𝐛𝐚𝐨"), circled and small forms, letter-like symbols.
 */
const COMPATIBILITY_FORMS =
  /[\u1d00-\u1dbf\u2024\u2070-\u209f\u2100-\u214f\u2460-\u24ff\ufe50-\ufe6b\ud835]/;

/**
 * Whether a text names a platform domain: a platform domain ("taobao.com", "b23.tv") written in
 * it in any case, its letters or dot possibly fullwidth ("ｔａｏｂａｏ．ｃｏｍ"), inside a host or
 * not ("item.taobao.com", "mytaobao.com", "%2F%2Fitem.jd.com"). Cheap enough to run once over a
 * whole page's text: one regular expression finds a dot and a platform domain's ending, and only
 * there the characters before it are compared with the platform names. Texts with other
 * compatibility forms of letters are also read after NFKC.
 *
 * Every link text textMismatch reports names a platform domain (the tests check this), except
 * texts that spell the domain with percent escapes ("taobao%2Ecom"), which nobody reads as one.
 */
export function textNamesPlatformDomain(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (scanForPlatformDomain(text)) return true;
  return COMPATIBILITY_FORMS.test(text) && scanForPlatformDomain(text.normalize('NFKC'));
}

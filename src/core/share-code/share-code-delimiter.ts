import { isDigit } from './share-code-body';

/**
 * The characters around a share code: one code point (plus an emoji variation selector) on each
 * side, and what kind of delimiter pair they make.
 */

/** One delimiter: its code point and UTF-16 span. */
export interface Delimiter {
  cp: number;
  start: number;
  end: number;
}

/**
 * Kinds of delimiter pairs: same currency sign, same emoji, same Chinese character, parentheses,
 * JD's ！ ! # (after a "20:/" prefix), and JD's mixed pairs "#…@", "%…@", "%…!", "#…%" ("jd-mixed").
 */
export type DelimiterKind = 'currency' | 'emoji' | 'han' | 'paren' | 'jd' | 'jd-mixed';

const CURRENCY = /^\p{Sc}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const HAN = /^\p{Script=Han}$/u;
/** ！ ! # — the JD delimiters, which only count after a "20:/" prefix. */
const JD_DELIMITERS: ReadonlySet<number> = new Set([0xff01, 0x21, 0x23]);
const CLOSING_PAREN: ReadonlyMap<number, number> = new Map([
  [0x28, 0x29],
  [0xff08, 0xff09],
]);
const VARIATION_SELECTOR = 0xfe0f;
/** Openers and closers of JD's mixed pairs: # or %, then @, !, ！ or % (not "%…%"). */
const JD_MIXED_OPEN: ReadonlySet<number> = new Set([0x23, 0x25]);
const JD_MIXED_CLOSE: ReadonlySet<number> = new Set([0x40, 0x21, 0xff01, 0x25]);

/** Space, no-break space or ideographic space. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000;
}

/** The delimiter ending at `pos` (a variation selector after it included). */
export function delimiterBefore(text: string, pos: number): Delimiter | null {
  let i = pos - 1;
  if (i >= 0 && text.charCodeAt(i) === VARIATION_SELECTOR) i--;
  if (i < 0) return null;
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const high = text.charCodeAt(i - 1);
    if (high >= 0xd800 && high <= 0xdbff) {
      return { cp: (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000, start: i - 1, end: pos };
    }
  }
  return { cp: c, start: i, end: pos };
}

/** The delimiter starting at `pos` (a variation selector after it included). */
export function delimiterAfter(text: string, pos: number): Delimiter | null {
  if (pos >= text.length) return null;
  const cp = text.codePointAt(pos) ?? 0;
  let end = pos + (cp > 0xffff ? 2 : 1);
  if (text.charCodeAt(end) === VARIATION_SELECTOR) end++;
  return { cp, start: pos, end };
}

/** True for an emoji-like code point (💰, 🔑, ✔…). */
export function isPictographic(cp: number): boolean {
  return PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

/** True when the code point at `pos` is a Chinese character. */
export function isHanAt(text: string, pos: number): boolean {
  if (pos < 0 || pos >= text.length) return false;
  return HAN.test(String.fromCodePoint(text.codePointAt(pos) ?? 0));
}

/** The kind of a delimiter pair; null when the two do not match or are not delimiters. */
export function kindOf(open: Delimiter, close: Delimiter): DelimiterKind | null {
  if (CLOSING_PAREN.get(open.cp) === close.cp) return 'paren';
  if (JD_MIXED_OPEN.has(open.cp) && JD_MIXED_CLOSE.has(close.cp) && open.cp !== close.cp) {
    return 'jd-mixed';
  }
  if (open.cp !== close.cp) return null;
  if (JD_DELIMITERS.has(open.cp)) return 'jd';
  const char = String.fromCodePoint(open.cp);
  if (CURRENCY.test(char)) return 'currency';
  if (PICTOGRAPHIC.test(char)) return 'emoji';
  if (HAN.test(char)) return 'han';
  return null;
}

/** Start of a JD prefix (1–3 digits and ":/", one space allowed after) ending at `pos`, or -1. */
export function jdPrefixStart(text: string, pos: number): number {
  let i = pos;
  if (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i < 3 || text.charCodeAt(i - 1) !== 0x2f || text.charCodeAt(i - 2) !== 0x3a) return -1;
  let start = i - 2;
  while (start > 0 && i - 2 - start < 3 && isDigit(text.charCodeAt(start - 1))) start--;
  return start < i - 2 ? start : -1;
}

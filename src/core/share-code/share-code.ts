import type { ShareCodeMatch } from '../classify/classification';
import { findDouyinShareTexts, mayHoldDouyinShareText } from './douyin-share-text';
import {
  charFlags,
  DIGIT,
  isDigit,
  isProseLike,
  isVowelRich,
  isWordLike,
  LOWER,
  UPPER,
} from './share-code-body';
import {
  CODE_CONTEXT_RULES,
  CODE_CONTEXT_WINDOW,
  DEFAULT_CODE_PLATFORM,
  HAN_DELIMITER_KEYWORDS,
  JD_BODY_LENGTH,
} from './share-code-context';
import {
  type Delimiter,
  delimiterAfter,
  delimiterBefore,
  isHanAt,
  isPictographic,
  isSpace,
  jdPrefixStart,
  kindOf,
} from './share-code-delimiter';

/**
 * Finds share codes (淘口令, 京口令 and look-alikes) in text. A code is a run of 10–20 ASCII
 * letters and digits with both cases (11–20 between parentheses or Chinese characters), between
 * two delimiters:
 * - the same currency sign on both sides (￥ ¥ € $ £ ₤ ¢ ₳ ₴ …), optionally one space inside;
 * - the same emoji on both sides (💰 🔑 😆 …), optionally one space inside;
 * - parentheses ( ) or （ ）, body with a digit;
 * - the same Chinese character on both sides, with no Chinese character outside them and a
 *   Taobao word (淘, tb.cn, 口令…) nearby;
 * - JD: "20:/！…！" (also "!" or "#"), i.e. 1–3 digits, ":/", then the delimiters;
 * - JD's mixed pairs of 2021, 10–14 characters: "#R4burF7MFa@", "%MEnE6AyBYb@", "%VAjYb8me2b!";
 * - JD's link-shaped code of 2021, "http:/J01eyNkGXlyRZF" (also "http://J…", "https:/J…"): "J"
 *   and 12–14 more letters and digits right after the scheme, with no host after them.
 * A 10-character code counts as JD's unless the words around it name another app.
 * Bodies that read as words are skipped: camel-case words ("HelloWorld2021"), letters only with
 * many vowels that split into words and acronyms ("ThisIsATest"; a 淘口令 such as "IeugbNRhOLB"
 * does not), and between parentheses or Chinese characters also product names
 * ("iPhone15ProMax", "SamsungGalaxyS23").
 * The whole mark is reported: a numeric prefix ("1￥…", "20:/！…"), the delimiters and a slash
 * right after ("…￥/"). Tmall's "🔑喵口令🔑" marker, which stands for the whole text, is reported
 * as code "喵口令".
 *
 * Cost: one pass of charCodeAt over the text; delimiters and context are only looked at around
 * runs of 11–20 letters and digits with both cases, and no regular expression runs over the text.
 */

const MIN_BODY = 10;
/** Bodies between parentheses or Chinese characters, common in prose, need one more. */
const MIN_PROSE_BODY = 11;
const MAX_BODY = 20;
const MAX_JD_MIXED_BODY = 14;
const MIAO_MARK = '喵口令';

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CODE_CONTEXT_WINDOW);
  return text.slice(from, Math.min(text.length, end + CODE_CONTEXT_WINDOW)).toLowerCase();
}

/**
 * The app the words around text[start, end) name (a share text's 【闲鱼】 header, 京东, 小红书…),
 * by the context rules, or null when they name none.
 */
export function appNamedAround(text: string, start: number, end: number): string | null {
  return platformFromContext(contextOf(text, start, end));
}

/** The platform the words around a code name, or null when they name none. */
function platformFromContext(context: string): string | null {
  for (const rule of CODE_CONTEXT_RULES) {
    for (const keyword of rule.keywords) if (context.includes(keyword)) return rule.platform;
  }
  return null;
}

/** Chinese-character delimiters count only outside Chinese text and near a Taobao word. */
function hanDelimitersAllowed(text: string, open: Delimiter, close: Delimiter): boolean {
  const before = open.start - 1;
  const low = text.charCodeAt(before);
  const beforeStart = before > 0 && low >= 0xdc00 && low <= 0xdfff ? before - 1 : before;
  if (isHanAt(text, beforeStart) || isHanAt(text, close.end)) return false;
  const context = contextOf(text, open.start, close.end);
  return HAN_DELIMITER_KEYWORDS.some((keyword) => context.includes(keyword));
}

/** The code whose body is text[bodyStart, bodyEnd), if its surroundings make it one. */
function matchAround(
  text: string,
  bodyStart: number,
  bodyEnd: number,
  flags: number,
): ShareCodeMatch | null {
  let open = delimiterBefore(text, bodyStart);
  let close = delimiterAfter(text, bodyEnd);
  if (open === null || close === null) return null;
  let kind = kindOf(open, close);
  let spaced = false;
  if (kind === null) {
    // One space inside the delimiters on either side ("😆 8HT8pM4ngHussRD 😆").
    const left = isSpace(open.cp) ? bodyStart - 1 : bodyStart;
    const right = isSpace(close.cp) ? bodyEnd + 1 : bodyEnd;
    if (left === bodyStart && right === bodyEnd) return null;
    open = delimiterBefore(text, left);
    close = delimiterAfter(text, right);
    if (open === null || close === null) return null;
    kind = kindOf(open, close);
    spaced = true;
    if (kind !== 'currency' && kind !== 'emoji') return null;
  }
  if (kind === 'paren' && (flags & DIGIT) === 0) return null;
  const length = bodyEnd - bodyStart;
  if ((kind === 'paren' || kind === 'han') && length < MIN_PROSE_BODY) return null;
  if (kind === 'jd-mixed' && (spaced || length > MAX_JD_MIXED_BODY)) return null;
  if (isWordLike(text, bodyStart, bodyEnd)) return null;
  if ((kind === 'paren' || kind === 'han') && isProseLike(text, bodyStart, bodyEnd)) return null;
  // Letters only, vowel-rich, and splitting into words and acronyms: English ("ThisIsATest").
  if (
    (flags & DIGIT) === 0 &&
    isVowelRich(text, bodyStart, bodyEnd) &&
    isProseLike(text, bodyStart, bodyEnd)
  ) {
    return null;
  }

  let start = open.start;
  let end = close.end;
  const jdStart = spaced ? -1 : jdPrefixStart(text, open.start);
  let platform: string;
  if (jdStart >= 0) {
    start = jdStart;
    platform = 'jd';
  } else if (kind === 'jd') {
    return null;
  } else if (kind === 'jd-mixed') {
    platform = 'jd';
  } else {
    if (kind === 'han' && !hanDelimitersAllowed(text, open, close)) return null;
    while (start > 0 && open.start - start < 3 && isDigit(text.charCodeAt(start - 1))) start--;
    platform =
      platformFromContext(contextOf(text, start, end)) ??
      (length === JD_BODY_LENGTH ? 'jd' : DEFAULT_CODE_PLATFORM);
  }
  if (text.charCodeAt(end) === 0x2f) end++;
  return { platform, code: text.slice(bodyStart, bodyEnd), start, end };
}

const JD_LINK_CODE_MIN = 13;
const JD_LINK_CODE_MAX = 15;
const JD_LINK_SCHEME = /https?:\/\/?$/i;
/** Characters that would make the run a host: "http://Jabc.example", "http://J…:80", "…@". */
const HOST_CONTINUES = /[.\-:@_]/;

/**
 * JD's link-shaped code ("http:/J01eyNkGXlyRZF") whose body is text[bodyStart, bodyEnd), or null.
 * The mark starts at the scheme.
 */
function jdLinkCode(
  text: string,
  bodyStart: number,
  bodyEnd: number,
  flags: number,
): ShareCodeMatch | null {
  const length = bodyEnd - bodyStart;
  if (text.charCodeAt(bodyStart) !== 0x4a || length < JD_LINK_CODE_MIN) return null;
  if (length > JD_LINK_CODE_MAX || (flags & (UPPER | LOWER)) !== (UPPER | LOWER)) return null;
  const scheme = JD_LINK_SCHEME.exec(text.slice(Math.max(0, bodyStart - 8), bodyStart));
  if (scheme === null || HOST_CONTINUES.test(text.charAt(bodyEnd))) return null;
  if (isWordLike(text, bodyStart, bodyEnd)) return null;
  const start = bodyStart - scheme[0].length;
  return { platform: 'jd', code: text.slice(bodyStart, bodyEnd), start, end: bodyEnd };
}

/** Tmall's marker: 喵口令 between two equal emoji. */
function findMiaoMarks(text: string, found: ShareCodeMatch[]): void {
  let at = text.indexOf(MIAO_MARK);
  while (at >= 0) {
    const open = delimiterBefore(text, at);
    const close = delimiterAfter(text, at + MIAO_MARK.length);
    if (open !== null && close !== null && open.cp === close.cp && isPictographic(open.cp)) {
      found.push({ platform: 'tmall', code: MIAO_MARK, start: open.start, end: close.end });
    }
    at = text.indexOf(MIAO_MARK, at + MIAO_MARK.length);
  }
}

/** Every share code in `text`, in order, with UTF-16 offsets of the whole mark. Never throws. */
export function findShareCodes(text: string): ShareCodeMatch[] {
  const found: ShareCodeMatch[] = [];
  if (typeof text !== 'string') return found;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let flags = charFlags(text.charCodeAt(i));
    if (flags === 0) {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < n; i++) {
      const next = charFlags(text.charCodeAt(i));
      if (next === 0) break;
      flags |= next;
    }
    const length = i - start;
    if (length < MIN_BODY || length > MAX_BODY || (flags & (UPPER | LOWER)) !== (UPPER | LOWER)) {
      continue;
    }
    const match = jdLinkCode(text, start, i, flags) ?? matchAround(text, start, i, flags);
    if (match !== null) {
      found.push(match);
      if (match.end > i) i = match.end;
    }
  }
  if (text.includes(MIAO_MARK)) {
    findMiaoMarks(text, found);
    found.sort((a, b) => a.start - b.start);
  }
  // Douyin share texts have a format of their own (douyin-share-text.ts).
  if (mayHoldDouyinShareText(text)) {
    found.push(...findDouyinShareTexts(text));
    found.sort((a, b) => a.start - b.start);
  }
  return apart(found);
}

/**
 * The marks in order, without any that overlaps an earlier one: two marks may not share a
 * delimiter ("￥AbCd1234EfG￥HiJk5678LmN￥" is one code, not two).
 */
function apart(marks: ShareCodeMatch[]): ShareCodeMatch[] {
  let end = 0;
  return marks.filter((mark) => {
    if (mark.start < end) return false;
    end = mark.end;
    return true;
  });
}

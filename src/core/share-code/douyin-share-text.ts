/**
 * Douyin share texts (抖音口令): what the Douyin app copies when a video or product is shared,
 * e.g. "8.61 nqh:/ 06/26 复制打开抖音，看看【张三的作品】# … https://v.douyin.com/iRyLb8kf/" or
 * "4.64 KWz:/ 12/14 a@A.GV … https://v.douyin.com/afq0ekmPr9g/ 复制此链接，打开Dou音搜索…". The
 * code is the short token before ":/" ("nqh", "KWz"); pasted into Douyin, the text opens the item
 * (format as documented in chusan666/wudi FINAL_REPORT.md, see WUDI_DOUYIN_REPORT in link-sources).
 *
 * Recognised: a token of 2–8 letters, digits, "@" or "." with at least one letter, right before
 * ":/" (or "：/") and followed by a space, the end of the text or Chinese text (so neither an
 * address, "https://", nor a JD code, "20:/！…！"), standing as a word of its own (after the start, a space, or one of up
 * to three short words before it, the first usually a number such as "8.61"), with a Douyin word
 * (抖音, Dou音, douyin.com) within the text around it. The mark starts at that number when there is
 * one, else at the token, and ends after ":/". Cost: an indexOf over the text for ":/", then a
 * few characters around each one; texts without ":/" and a Douyin word are skipped at once.
 */
import type { ShareCodeMatch } from '../classify/classification';

const MIN_TOKEN = 2;
const MAX_TOKEN = 8;
/** How far (UTF-16 units) before the mark and after it a Douyin word may stand. */
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 200;
/** Words between the number and the token ("06/26", "a@A.GV"), at most this many. */
const MAX_WORDS_BEFORE = 3;
const DOUYIN_WORD = /抖音|dou音|douyin\.com|iesdouyin/i;
const NUMBER = /^\d{1,2}\.\d{1,2}$/;
const SHORT_WORD = /^[A-Za-z0-9@./]{1,8}$/;

function isTokenChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 64 ||
    code === 46
  );
}

function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000
  );
}

/** What may follow ":/": a space, the end of the text, or Chinese text ("Uyg:/ 复制…", "nqh:/复制…"). */
function endsToken(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  return isSpace(code) || (code >= 0x3400 && code <= 0x9fff);
}

function hasLetter(token: string): boolean {
  return /[A-Za-z]/.test(token);
}

/** Cheap test: could `text` hold a Douyin share text at all? */
export function mayHoldDouyinShareText(text: string): boolean {
  return (text.includes(':/') || text.includes('：/')) && DOUYIN_WORD.test(text);
}

/** Start of the mark: the number a few short words before the token, else the token itself. */
function markStart(text: string, tokenStart: number): number {
  let end = tokenStart;
  for (let words = 0; words <= MAX_WORDS_BEFORE; words++) {
    let i = end;
    if (i === 0 || !isSpace(text.charCodeAt(i - 1))) return tokenStart;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    const wordEnd = i;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1)) && wordEnd - i <= MAX_TOKEN) i--;
    const word = text.slice(i, wordEnd);
    if (i > 0 && !isSpace(text.charCodeAt(i - 1))) return tokenStart;
    if (NUMBER.test(word)) return i;
    if (!SHORT_WORD.test(word)) return tokenStart;
    end = i;
  }
  return tokenStart;
}

/** The Douyin share texts in `text`, in order, with UTF-16 offsets of each mark. Never throws. */
export function findDouyinShareTexts(text: string): ShareCodeMatch[] {
  const found: ShareCodeMatch[] = [];
  if (typeof text !== 'string' || !mayHoldDouyinShareText(text)) return found;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if ((code !== 58 && code !== 0xff1a) || text.charCodeAt(at + 1) !== 47) continue;
    // Not an address ("https://", "https:/www…") nor a JD code ("20:/！…！").
    if (!endsToken(text, at + 2)) continue;
    let tokenStart = at;
    while (
      tokenStart > 0 &&
      isTokenChar(text.charCodeAt(tokenStart - 1)) &&
      at - tokenStart < MAX_TOKEN + 1
    ) {
      tokenStart--;
    }
    const length = at - tokenStart;
    if (length < MIN_TOKEN || length > MAX_TOKEN) continue;
    if (tokenStart > 0 && !isSpace(text.charCodeAt(tokenStart - 1))) continue;
    if (!hasLetter(text.slice(tokenStart, at))) continue;
    const start = markStart(text, tokenStart);
    const end = at + 2;
    const around = text.slice(Math.max(0, start - WINDOW_BEFORE), end + WINDOW_AFTER);
    if (!DOUYIN_WORD.test(around)) continue;
    found.push({ platform: 'douyin', code: text.slice(tokenStart, at), start, end });
    at = end - 1;
  }
  return found;
}

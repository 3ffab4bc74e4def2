/**
 * What the letters and digits between share-code delimiters look like: character classes, and
 * tests that tell a random code ("MDGGba1MLQh") from words ("HelloWorld2021", "iPhone15ProMax").
 */

/** Bit flags of the character classes of a code body. */
export const UPPER = 1;
export const LOWER = 2;
export const DIGIT = 4;

/** UPPER, LOWER or DIGIT for an ASCII letter or digit, 0 for anything else. */
export function charFlags(c: number): number {
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 48 && c <= 57) return DIGIT;
  return 0;
}

/** True for an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const WORD_VOWELS = 'aeiouyAEIOUY';

/**
 * True when every run of letters reads as camel-case words ("HelloWorld", "fooBar"): each word
 * is one capital or none, then lower-case letters, with a vowel; a word of one lower-case letter
 * only at the start. Random codes that happen to alternate cases ("0Ku2b0Bsgeo": "b" alone, and
 * "Ku2b" split by a digit) are not word-like.
 */
export function isWordLike(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const flags = charFlags(text.charCodeAt(i));
    if (flags === DIGIT) {
      i++;
      continue;
    }
    const wordStart = i;
    if (flags === UPPER) i++;
    if (i >= end || charFlags(text.charCodeAt(i)) !== LOWER) return false;
    while (i < end && charFlags(text.charCodeAt(i)) === LOWER) i++;
    if (i - wordStart === 1 && wordStart !== start) return false;
    if (!hasVowel(text, wordStart, i)) return false;
  }
  return true;
}

function hasVowel(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (WORD_VOWELS.includes(text.charAt(i))) return true;
  return false;
}

/**
 * A looser test for delimiters common in prose (parentheses, Chinese characters): true when the
 * letters split into acronyms and words of two or more letters with a vowel ("SamsungGalaxyS",
 * "MacBookAir"), a leading lone lower-case letter before a capital allowed ("iPhone").
 */
export function isProseLike(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    if (charFlags(text.charCodeAt(i)) === DIGIT) {
      i++;
      continue;
    }
    const upperStart = i;
    while (i < end && charFlags(text.charCodeAt(i)) === UPPER) i++;
    const lowerStart = i;
    while (i < end && charFlags(text.charCodeAt(i)) === LOWER) i++;
    if (i === lowerStart) continue;
    const wordStart = lowerStart > upperStart ? lowerStart - 1 : lowerStart;
    if (i - wordStart >= 2) {
      if (!hasVowel(text, wordStart, i)) return false;
    } else if (wordStart !== start || i >= end || charFlags(text.charCodeAt(i)) !== UPPER) {
      return false;
    }
  }
  return true;
}

const VOWELS = 'aeiouAEIOU';

/** True when at least 30% of the characters are vowels, as in English words. */
export function isVowelRich(text: string, start: number, end: number): boolean {
  let vowels = 0;
  for (let i = start; i < end; i++) if (VOWELS.includes(text.charAt(i))) vowels++;
  return vowels * 10 >= (end - start) * 3;
}

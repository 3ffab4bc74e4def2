/**
 * Typing mistakes and look-alike letter pairs made of a platform's label, as typosquatters
 * register them (the permutation classes of dnstwist, for labels of five letters or more):
 * "tobao" (omission), "taobaao" (repetition), "toabao" (transposition), "taobaox" and "tapobao"
 * (insertion of any letter), "tao-bao" (hyphenation), "taobso" (replacement by a neighbour on a
 * QWERTY keyboard), "taobeo" (vowel swap), "trnall", "clouyin", "tmail" (rn for m, vv for w, cl
 * for d, i for l, and back: "homoglyph").
 *
 * Shorter labels ("jd", "tb", "vip", "1688") are left out: one changed letter of those is another
 * ordinary name ("jb", "vp", "1678").
 */

export type TypoClass =
  | 'omission'
  | 'repetition'
  | 'transposition'
  | 'vowel-swap'
  | 'replacement'
  | 'homoglyph'
  | 'hyphenation'
  | 'insertion';

/** Labels shorter than this get no typo variants. */
export const MIN_TYPO_LABEL_LENGTH = 5;

/** Keys next to each key of a QWERTY keyboard (the top row's digits included). */
export const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  '1': '2q',
  '2': '3wq1',
  '3': '4ew2',
  '4': '5re3',
  '5': '6tr4',
  '6': '7yt5',
  '7': '8uy6',
  '8': '9iu7',
  '9': '0oi8',
  '0': 'po9',
  q: '12wa',
  w: '3esaq2',
  e: '4rdsw3',
  r: '5tfde4',
  t: '6ygfr5',
  y: '7uhgt6',
  u: '8ijhy7',
  i: '9okju8',
  o: '0plki9',
  p: 'lo0',
  a: 'qwsz',
  s: 'edxzaw',
  d: 'rfcxse',
  f: 'tgvcdr',
  g: 'yhbvft',
  h: 'ujnbgy',
  j: 'ikmnhu',
  k: 'olmji',
  l: 'kop',
  z: 'asx',
  x: 'zsdc',
  c: 'xdfv',
  v: 'cfgb',
  b: 'vghn',
  n: 'bhjm',
  m: 'njk',
};

const VOWELS = 'aeiou';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Letter pairs read as one letter, and that letter; and l and i, which many fonts draw alike. */
const HOMOGLYPH_PAIRS: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
  ['l', 'i'],
];

/** Every variant of `label` in each class, in the order of TypoClass (a variant may repeat). */
export function typoVariants(label: string): [TypoClass, string][] {
  const out: [TypoClass, string][] = [];
  const n = label.length;
  const at = (i: number) => label.charAt(i);
  for (let i = 0; i < n; i++) out.push(['omission', label.slice(0, i) + label.slice(i + 1)]);
  for (let i = 0; i < n; i++) out.push(['repetition', label.slice(0, i + 1) + label.slice(i)]);
  for (let i = 0; i + 1 < n; i++) {
    if (at(i) !== at(i + 1))
      out.push(['transposition', label.slice(0, i) + at(i + 1) + at(i) + label.slice(i + 2)]);
  }
  for (let i = 0; i < n; i++) {
    if (!VOWELS.includes(at(i))) continue;
    for (const vowel of VOWELS) {
      if (vowel !== at(i)) out.push(['vowel-swap', label.slice(0, i) + vowel + label.slice(i + 1)]);
    }
  }
  for (let i = 0; i < n; i++) {
    for (const key of KEYBOARD_NEIGHBOURS[at(i)] ?? '') {
      out.push(['replacement', label.slice(0, i) + key + label.slice(i + 1)]);
    }
  }
  for (const [pair, letter] of HOMOGLYPH_PAIRS) {
    for (const [from, to] of [
      [pair, letter],
      [letter, pair],
    ] as const) {
      for (let i = label.indexOf(from); i !== -1; i = label.indexOf(from, i + 1)) {
        out.push(['homoglyph', label.slice(0, i) + to + label.slice(i + from.length)]);
      }
    }
  }
  for (let i = 1; i < n; i++) out.push(['hyphenation', `${label.slice(0, i)}-${label.slice(i)}`]);
  for (let i = 0; i <= n; i++) {
    for (const letter of LETTERS)
      out.push(['insertion', label.slice(0, i) + letter + label.slice(i)]);
  }
  return out;
}

/**
 * Whether text[start, end) (ASCII letters in any case) may be a typo variant of `label` (lower
 * case): its length is within one of the label's, and the two differ only inside one window of at
 * most two characters on each side (after their common prefix and suffix). Every class above
 * changes at most two adjacent characters into at most two, so every variant passes; many other
 * strings do too. It allocates nothing: the content script's gate runs it.
 */
export function nearLabel(label: string, text: string, start: number, end: number): boolean {
  const n = label.length;
  const m = end - start;
  if (m < n - 1 || m > n + 1) return false;
  const shorter = Math.min(n, m);
  let prefix = 0;
  while (prefix < shorter && label.charCodeAt(prefix) === lower(text.charCodeAt(start + prefix)))
    prefix++;
  let suffix = 0;
  while (
    prefix + suffix < shorter &&
    label.charCodeAt(n - 1 - suffix) === lower(text.charCodeAt(end - 1 - suffix))
  )
    suffix++;
  return n - prefix - suffix <= 2 && m - prefix - suffix <= 2;
}

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * The class of typing mistake that turns `label` into `candidate` (both lower case), the first in
 * the order of typoVariants, or null when `candidate` is no typo variant of it. Labels and
 * candidates shorter than MIN_TYPO_LABEL_LENGTH never match ("mall" is a word, not a typo of
 * "tmall").
 */
export function typoOf(label: string, candidate: string): TypoClass | null {
  if (label.length < MIN_TYPO_LABEL_LENGTH || candidate.length < MIN_TYPO_LABEL_LENGTH) return null;
  if (candidate === label || !nearLabel(label, candidate, 0, candidate.length)) return null;
  for (const [typo, variant] of typoVariants(label)) if (variant === candidate) return typo;
  return null;
}

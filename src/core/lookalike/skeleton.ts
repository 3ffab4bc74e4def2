/**
 * Skeletons of host labels after Unicode's confusables data (UTS #39, section 4): NFD, each
 * character replaced by its prototype (src/core/data/confusable-data.ts, generated from confusables.txt),
 * NFD again. Two labels that look alike have the same skeleton: "tаobao" (Cyrillic а) and
 * "taobao" both give "taobao"; "tmall" gives "trnall".
 *
 * Like Chromium's IDN spoof checker, combining marks are dropped after the first NFD ("tàobao" reads
 * as "taobao") and so are characters with no glyph (zero-width joiners, variation selectors). A
 * character the data leaves out is read as its other case is ("ь" as "Ь", which reads as b), since
 * the URL parser changes the case of what was typed.
 */
import { CONFUSABLE_MAPPINGS, SKELETON_ALPHABET } from '../data/confusable-data';

const PROTOTYPE = new Map<string, string>();
for (const [target, sources] of CONFUSABLE_MAPPINGS) {
  for (const source of sources) PROTOTYPE.set(source, target);
}

const MARK = /\p{M}/u;
/** Characters with no glyph, which UTS #46 drops or refuses. */
export const INVISIBLE_CLASS =
  '[\\u00ad\\u034f\\u180b-\\u180f\\u200b-\\u200f\\u2060-\\u2064\\ufe00-\\ufe0f\\ufeff]';
const INVISIBLE = new RegExp(INVISIBLE_CLASS);

/** Prototypes: characters a skeleton is made of, each its own skeleton. */
const PROTOTYPES: ReadonlySet<string> = new Set(SKELETON_ALPHABET);

/**
 * The prototype of a character's other case, for a character the data maps to nothing in the
 * alphabet: the URL parser folds case, so whoever types "Ь" (read as b) gets "ь" in the host, and
 * a Cherokee small letter becomes its capital. Letters only, never ASCII.
 */
function caseProtoype(char: string): string | undefined {
  if (char.charCodeAt(0) < 0x80) return undefined;
  const upper = char.toUpperCase();
  const lower = char.toLowerCase();
  return (
    (upper !== char ? PROTOTYPE.get(upper) : undefined) ??
    (lower !== char ? PROTOTYPE.get(lower) : undefined)
  );
}

/**
 * The skeleton of one lower-case label (Unicode, not Punycode), or null when it has a character
 * that no label of letters, digits and hyphens can have in its skeleton (such a label looks like
 * no platform label).
 */
export function labelSkeleton(label: string): string | null {
  let skeleton = '';
  for (const char of label.normalize('NFD')) {
    const prototype = PROTOTYPE.get(char) ?? caseProtoype(char);
    if (prototype !== undefined) skeleton += prototype;
    else if (PROTOTYPES.has(char)) skeleton += char;
    else if (MARK.test(char) || INVISIBLE.test(char)) continue;
    else return null;
  }
  // Every prototype kept is ASCII: the second NFD changes nothing.
  return skeleton;
}

/** Every character whose prototype is exactly `prototype` (e.g. "a" → "ɑαа⍺…"), from the data. */
export function charactersReadAs(prototype: string): string[] {
  for (const [target, sources] of CONFUSABLE_MAPPINGS)
    if (target === prototype) return [...sources];
  return [];
}

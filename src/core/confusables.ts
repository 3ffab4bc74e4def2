/**
 * Characters that pass for ASCII letters in a hostname, as data: each maps to its "skeleton", the
 * ASCII it is read as. Drawn from the Unicode confusables list (UTS #39, confusables.txt,
 * prototypes a-z), restricted to lower-case characters that survive the URL parser's own mapping
 * (UTS #46: NFKC and lower-casing), since those are what a deceptive host can contain.
 * Letters with accents (ḿ, à, ö…) need no entry: the lookalike check strips combining marks.
 * Right-to-left letters (Hebrew ו, ס…) are left out: the URL parser rejects them next to Latin.
 */

export type ConfusableScript = 'Latin' | 'Greek' | 'Cyrillic' | 'Armenian';

export interface ConfusableGroup {
  script: ConfusableScript;
  /**
   * True for characters the URL parser itself turns into ASCII (fullwidth forms): listed for
   * completeness and for raw text, never deceptive in a parsed URL.
   */
  folded?: true;
  /** Space-separated entries, each one character followed by the ASCII it is read as. */
  entries: string;
}

/** Fullwidth a-z and 0-9 (U+FF41…, U+FF10…) with their ASCII letters and digits. */
function fullwidthEntries(): string {
  const entries: string[] = [];
  for (let i = 0; i < 26; i++) entries.push(String.fromCharCode(0xff41 + i, 0x61 + i));
  for (let i = 0; i < 10; i++) entries.push(String.fromCharCode(0xff10 + i, 0x30 + i));
  return entries.join(' ');
}

export const CONFUSABLE_GROUPS: readonly ConfusableGroup[] = [
  // UTS #39 confusables.txt: Cyrillic letters whose prototype is a Latin letter.
  {
    script: 'Cyrillic',
    entries: 'аa сc ԁd еe ҽe һh іi ӏl јj оo рp ԛq ѕs ѵv ԝw хx уy үy',
  },
  // UTS #39: Greek letters mapped to Latin prototypes. ε, κ, τ and υ are mapped there to ɛ, ĸ, ᴛ
  // and ʋ, letters that are themselves read as e, k, t and u, so they are folded one step further.
  // The lunate sigma ϲ needs no entry: UTS #46 turns it into σ.
  { script: 'Greek', entries: 'αa εe ηn ιi ϳj κk νv οo ρp σo τt υu χx γy ωw' },
  // UTS #39: Armenian letters with Latin prototypes.
  { script: 'Armenian', entries: 'աw հh ոn սu օo զq ցg քf' },
  // UTS #39: non-ASCII Latin letters (dotless i and j, IPA letters, small capitals) and the
  // accented m the lookalike reports cite; other accented letters are caught by stripping marks.
  {
    script: 'Latin',
    entries: 'ıi ȷj ɑa ɡg ɩi ɪi ƚl ɫl ɭl ǀl ᴄc ᴏo ᴠv ᴡw ᴢz ꜱs ɢg ʜh ʟl ɴn ʀr ḿm ṁm ṃm',
  },
  // UTS #46 maps fullwidth forms to ASCII before a host is resolved: never deceptive in a URL.
  { script: 'Latin', folded: true, entries: fullwidthEntries() },
];

/** What one confusable character is read as, and its script. */
export interface Confusable {
  skeleton: string;
  script: ConfusableScript;
  folded: boolean;
}

function indexGroups(groups: readonly ConfusableGroup[]): Map<string, Confusable> {
  const index = new Map<string, Confusable>();
  for (const group of groups) {
    for (const entry of group.entries.split(' ')) {
      const char = String.fromCodePoint(entry.codePointAt(0) ?? 0);
      index.set(char, {
        skeleton: entry.slice(char.length),
        script: group.script,
        folded: group.folded === true,
      });
    }
  }
  return index;
}

/** Every confusable character (one code point) with the ASCII it passes for. */
export const CONFUSABLES: ReadonlyMap<string, Confusable> = indexGroups(CONFUSABLE_GROUPS);

/**
 * Digits read as letters, for the separate digit-swap check only ("ta0bao.com"): the skeleton
 * above never changes ASCII, since digits in hosts are mostly genuine ("1688.com", "b23.tv").
 */
export const DIGIT_SWAPS: ReadonlyMap<string, string> = new Map([
  ['0', 'o'],
  ['1', 'il'],
]);

/**
 * The first, cheapest test of lookalike detection (see lookalike.ts): whether a host MAY imitate a
 * platform domain. It needs no tldts and allocates nothing per call, so the content script can
 * ask it about every link without loading the engine; lookalike.ts asks it before anything else.
 *
 * It never says false for a host that lookalikeOf flags (the tests check this); it says true for
 * many hosts lookalikeOf does not flag ("taobao.com.cn", "jd.example", any Punycode host).
 */
import { FIRM_PLATFORM_DOMAINS, PLATFORM_DOMAINS } from '../classify/host-match';
import { MIN_TYPO_LABEL_LENGTH, nearLabel } from './typo';

/**
 * Digits read as letters, for the digit-swap rule only ("ta0bao.com"): digits in hosts are mostly
 * genuine ("1688.com", "b23.tv"), so skeletons (which read 1 as l) are not used for ASCII labels.
 */
export const DIGIT_SWAPS: ReadonlyMap<string, string> = new Map([
  ['0', 'o'],
  ['1', 'il'],
]);

/** Each letter a digit passes for, with that digit ("o" → "0"). */
export const LETTER_DIGIT: ReadonlyMap<string, string> = new Map(
  [...DIGIT_SWAPS].flatMap(([digit, letters]) => [...letters].map((letter) => [letter, digit])),
);

/**
 * Character codes read the way the gate compares labels: ASCII upper case as lower case, and
 * letters that digits pass for as those digits ("o" → "0"), as lookalike.ts's digitFold does.
 */
const GATE_FOLD = new Uint8Array(128).map((_, code) => {
  const char = String.fromCharCode(code).toLowerCase();
  return (LETTER_DIGIT.get(char) ?? char).charCodeAt(0);
});

/** A label's hash under GATE_FOLD (equal labels, equal hashes; a collision only lets a host through). */
function labelHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++)
    hash = (Math.imul(hash, 31) + (GATE_FOLD[text.charCodeAt(i)] ?? 0)) | 0;
  return hash;
}

/** The first labels of the platform domains ("taobao", "jd", "1688", ...). */
export const PLATFORM_LABELS: readonly string[] = [
  ...new Set([...PLATFORM_DOMAINS].map((domain) => domain.slice(0, domain.indexOf('.')))),
];

/** Hashes of the platform labels. */
const FIRST_LABEL_HASHES: ReadonlySet<number> = new Set(
  PLATFORM_LABELS.map((label) => labelHash(label, 0, label.length)),
);

/**
 * Platform labels of letters only, long enough for typo variants (typo.ts), of domains firmly
 * the platform's: a weakly sourced one would bring the false positives of its typo variants for
 * little gain (jingxi.com, JD's Jingxi shop, is one letter from Jiangxi, a province with hundreds
 * of sites).
 */
export const TYPO_LABELS: readonly string[] = [
  ...new Set(
    [...FIRM_PLATFORM_DOMAINS]
      .map((domain) => domain.slice(0, domain.indexOf('.')))
      .filter((label) => label.length >= MIN_TYPO_LABEL_LENGTH && /^[a-z]+$/.test(label)),
  ),
];
const LONGEST_TYPO = Math.max(...TYPO_LABELS.map((label) => label.length)) + 1;

/** Whether host[start, end) may be a typo variant of a platform label (no false negative). */
function mayBeTypo(host: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < MIN_TYPO_LABEL_LENGTH || length > LONGEST_TYPO) return false;
  for (const label of TYPO_LABELS) if (nearLabel(label, host, start, end)) return true;
  return false;
}

const PUNYCODE = /xn--/i;

/**
 * True when the host has a non-ASCII character or a Punycode label, when one of its labels
 * (split at "." and "-"), read with GATE_FOLD, may be a platform label, or when one of its labels
 * (split at "." only) may be a typo variant of one (typo.ts, nearLabel). Every host whose text holds a platform
 * domain's shape at a label boundary passes: such a shape starts with a platform label. `host` is
 * a hostname as the URL parser gives it or as typed, any case.
 */
export function mayImitate(host: string): boolean {
  let part = 0;
  let partLength = 0;
  let labelStart = 0;
  for (let i = 0; i <= host.length; i++) {
    const code = i < host.length ? host.charCodeAt(i) : 46;
    if (code > 127) return true;
    const folded = GATE_FOLD[code] ?? 0;
    if (code === 46 || code === 45) {
      if (partLength > 0 && FIRST_LABEL_HASHES.has(part)) return true;
      part = 0;
      partLength = 0;
      if (code === 46) {
        if (mayBeTypo(host, labelStart, i)) return true;
        labelStart = i + 1;
      }
    } else {
      part = (Math.imul(part, 31) + folded) | 0;
      partLength++;
    }
  }
  return PUNYCODE.test(host);
}

/**
 * The first, cheapest test of lookalike detection (see lookalike.ts): whether a host MAY imitate a
 * platform domain. It needs no tldts and allocates nothing per call, so the content script can
 * ask it about every link without loading the engine; lookalike.ts asks it before anything else.
 *
 * It never says false for a host that lookalikeOf flags (the tests check this); it says true for
 * many hosts lookalikeOf does not flag ("taobao.com.cn", "jd.example", any Punycode host).
 */
import { DIGIT_SWAPS } from './confusables';
import { PLATFORM_DOMAINS } from './host-match';

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

/** Hashes of the first labels of the platform domains ("taobao", "jd", "1688", ...). */
const FIRST_LABEL_HASHES: ReadonlySet<number> = new Set(
  [...PLATFORM_DOMAINS].map((domain) => labelHash(domain, 0, domain.indexOf('.'))),
);

const PUNYCODE = /xn--/i;

/**
 * True when the host has a non-ASCII character or a Punycode label, or when one of its labels
 * (split at "." and "-"), read with GATE_FOLD, may be the first label of a platform domain. Every
 * host whose text holds a platform domain's shape at a label boundary passes: such a shape starts
 * with one of those labels. `host` is a hostname as the URL parser gives it or as typed, any case.
 */
export function mayImitate(host: string): boolean {
  let hash = 0;
  let length = 0;
  for (let i = 0; i <= host.length; i++) {
    const code = i < host.length ? host.charCodeAt(i) : 46;
    if (code > 127) return true;
    if (code === 46 || code === 45) {
      if (length > 0 && FIRST_LABEL_HASHES.has(hash)) return true;
      hash = 0;
      length = 0;
    } else {
      hash = (Math.imul(hash, 31) + (GATE_FOLD[code] ?? 0)) | 0;
      length++;
    }
  }
  return PUNYCODE.test(host);
}

/**
 * Lookalike hosts generated from Unicode's confusables data and from the typo classes, for every
 * platform domain, as the tests measure detection with them.
 */
import { hostToUnicode } from '../../../../src/core/classify/punycode';
import { charactersReadAs } from '../../../../src/core/lookalike/skeleton';
import { PLATFORM_DOMAIN_PAIRS } from './link-arbitraries';

/** The URL parser's hostname for a host, or null when it refuses it. */
export function parsedHost(host: string): string | null {
  try {
    return new URL(`https://${host}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * Characters that Unicode's confusables data reads as `char` and that the URL parser keeps as
 * they are in a host (not folded to ASCII, not refused): "а" (Cyrillic) for "a", "ı" for "i"…
 */
export function keptConfusablesOf(char: string): string[] {
  return charactersReadAs(char).filter((c) => {
    const parsed = parsedHost(`x${c}x.example`);
    return parsed?.startsWith('xn--') && hostToUnicode(parsed) === `x${c}x.example`;
  });
}

const KEPT = new Map<string, string[]>();
export function keptConfusables(char: string): string[] {
  let kept = KEPT.get(char);
  if (kept === undefined) {
    kept = keptConfusablesOf(char);
    KEPT.set(char, kept);
  }
  return kept;
}

export interface GeneratedLookalike {
  platform: string;
  domain: string;
  /** The host as typed (Unicode). */
  host: string;
}

/**
 * For every platform domain: every single substitution of one character by a kept confusable,
 * and (sampled deterministically, `doublesPerDomain` of them) double substitutions.
 */
export function confusableLookalikes(doublesPerDomain: number): GeneratedLookalike[] {
  const out: GeneratedLookalike[] = [];
  for (const [platform, domain] of PLATFORM_DOMAIN_PAIRS) {
    const chars = [...domain];
    const singles: [number, string][] = [];
    chars.forEach((c, i) => {
      for (const other of keptConfusables(c)) singles.push([i, other]);
    });
    for (const [i, other] of singles) {
      const copy = [...chars];
      copy[i] = other;
      out.push({ platform, domain, host: copy.join('') });
    }
    let seed = 7;
    for (let n = 0; n < doublesPerDomain && singles.length > 1; n++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const a = singles[seed % singles.length];
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const b = singles[seed % singles.length];
      if (a === undefined || b === undefined || a[0] === b[0]) continue;
      const copy = [...chars];
      copy[a[0]] = a[1];
      copy[b[0]] = b[1];
      out.push({ platform, domain, host: copy.join('') });
    }
  }
  return out;
}

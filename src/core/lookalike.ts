/**
 * Hosts that imitate a platform domain without being on it. A host is flagged when, and only
 * when, it is not under a platform domain and one of these holds (in this order of precedence):
 *
 * 1. Confusables ("confusable", or "mixed-script" when a label mixes Latin with another script).
 *    Read with look-alike characters taken as the ASCII they pass for (confusables.ts, accents
 *    stripped, invisible characters dropped), the host names a platform domain and at least one
 *    of the characters naming it was not plain ASCII: "taοbao.com" (Greek omicron), its Punycode
 *    "xn--tabao-sce.com", "item.tаobao.com", "tаobao.com.cn", "shop-tаobao.com". A label part
 *    that reads as a platform's name of four letters or more counts too, whatever follows:
 *    "tаobao.net". Fullwidth forms do not count: the URL parser folds them to ASCII itself.
 * 2. The whole platform domain written inside a longer host ("hyphen-or-extra-label"):
 *    "taobao.com.evil.example", "item.taobao.com.evil.example", "taobao.com-login.example",
 *    "jd.com.s3.amazonaws.com" (its name starts left of the host's registrable domain, as tldts
 *    reads it with ICANN suffixes), or with a hyphen for one of its dots: "taobao-com.example".
 *    Not flagged: "taobao.com.cn" and "jd.com.hk" (the name is the registered label itself, often
 *    the brand's own), "evil-taobao.com" and "taobao-helper.example" (a brand inside a registered
 *    name is common among shopping helpers, and the platform's domain is not spelled out as a
 *    host), "taobao.co" (other endings are out of scope), "mytaobao.com".
 * 3. Digits for letters or letters for digits in the host's last labels ("digit-swap"): those
 *    labels equal a platform domain once 0 is read as o and 1 as i or l, with at least one swap:
 *    "ta0bao.com", "item.ta0bao.com", "jd.c0m", "v1p.com", "l688.com". A swap elsewhere
 *    ("ta0bao.com.evil.example") is not flagged by this rule.
 *
 * Hosts under a platform domain are never flagged ("item.taobao.com", "xn--80ak6aa92e.taobao.com").
 * An ASCII host with no "xn--" label and no platform domain in it (at label boundaries, "." or
 * "-" between its labels, digits possibly swapped) is dismissed by one regular expression, so that
 * callers can ask about every link.
 */
import { getDomain } from 'tldts';
import type { LookalikeReason } from './classification';
import { CONFUSABLES, DIGIT_SWAPS } from './confusables';
import { matchPlatform, PLATFORM_DOMAINS } from './host-match';
import { LETTER_DIGIT, mayImitate } from './lookalike-gate';
import { labelToUnicode } from './punycode';

/** The platform a host imitates: its id, the platform domain imitated, and why. */
export interface Lookalike {
  platform: string;
  imitates: string;
  reason: LookalikeReason;
}

/** Longer hostnames (after trailing dots) cannot be resolved (RFC 1035) and are not examined. */
export const MAX_HOSTNAME_LENGTH = 253;
/** Rule 1 also flags a label part that reads as a platform's name of at least this many letters. */
const MIN_NAME_LENGTH = 4;

interface Target {
  domain: string;
  platform: string;
}

const TARGETS: readonly Target[] = [...PLATFORM_DOMAINS].map((domain) => ({
  domain,
  platform: matchPlatform(domain, '', '/')?.platform.id ?? '',
}));
const TARGET_BY_DOMAIN = new Map(TARGETS.map((target) => [target.domain, target]));
/** Platform names of MIN_NAME_LENGTH letters or more, with the first domain of each. */
const TARGET_BY_NAME = new Map<string, Target>();
for (const target of TARGETS) {
  const name = target.domain.slice(0, target.domain.indexOf('.'));
  if (name.length >= MIN_NAME_LENGTH && !TARGET_BY_NAME.has(name)) TARGET_BY_NAME.set(name, target);
}

/** Letters replaced by the digits they pass for: "ta0bao.com" and "taobao.com" agree. */
function digitFold(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    folded += LETTER_DIGIT.get(char) ?? char;
  }
  return folded;
}

/** Platform domains by their digit fold, for rule 3. */
const TARGET_BY_FOLD = new Map(TARGETS.map((target) => [digitFold(target.domain), target]));

/** How a platform domain's character may be written: "." also as "-", digits swapped. */
function shapeOf(char: string): string {
  if (char === '.') return '[.-]';
  const swaps = (DIGIT_SWAPS.get(char) ?? '') + (LETTER_DIGIT.get(char) ?? '');
  const literal = /[a-z0-9]/.test(char) ? char : `\\${char}`;
  return swaps === '' ? literal : `[${literal}${swaps}]`;
}

const SHAPES = TARGETS.map((target) => [...target.domain].map(shapeOf).join('')).join('|');
/** Every platform domain shape in a lower-case host, at label boundaries; group 1 is the shape. */
const SHAPE_G = new RegExp(`(?:^|[.-])(${SHAPES})(?=[.-]|$)`, 'g');
/** Every platform name in a host's skeleton, at label boundaries (rule 1 only). */
const NAME_G = new RegExp(`(?:^|[.-])(${[...TARGET_BY_NAME.keys()].join('|')})(?=[.-]|$)`, 'g');
/**
 * The gate after mayImitate (lookalike-gate.ts, which every host passes first): not ASCII, a
 * Punycode label, or a platform domain shape. Every host mayImitate turns away fails it too.
 */
const MAY_IMITATE = new RegExp(`[^\\x00-\\x7f]|xn--|(?:^|[.-])(?:${SHAPES})(?:[.-]|$)`, 'i');
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII.
const NON_ASCII = /[^\x00-\x7f]/;
const IDEOGRAPHIC_STOP = /\u3002/g;
const MARK = /\p{M}/u;
/**
 * Characters with no glyph, which UTS #46 drops or refuses: removed from a host as typed (the
 * browser would), and read as nothing, but as a change, inside a decoded label.
 */
const INVISIBLE_CLASS =
  '[\\u00ad\\u034f\\u180b-\\u180f\\u200b-\\u200f\\u2060-\\u2064\\ufe00-\\ufe0f\\ufeff]';
const INVISIBLE = new RegExp(INVISIBLE_CLASS);
const INVISIBLES = new RegExp(INVISIBLE_CLASS, 'g');

/** Per label: Latin letters, and letters of another script read as Latin. */
interface LabelScripts {
  latin: boolean;
  other: boolean;
}

/**
 * A host as read: `text` has each look-alike character replaced by the ASCII it passes for;
 * `changed[i]` is true when `text[i]` comes from a character that was not plain ASCII. For an
 * ASCII host without Punycode, `text` is the host and `changed` is null.
 */
interface Skeleton {
  text: string;
  changed: boolean[] | null;
  scripts: LabelScripts[] | null;
}

interface Reading {
  skeleton: string;
  latin: boolean;
  folded: boolean;
}

const INVISIBLE_READING: Reading = { skeleton: '', latin: false, folded: false };

/** How one non-ASCII character reads: its ASCII skeleton and script, or null if it has none. */
function readChar(char: string): Reading | null {
  const confusable = CONFUSABLES.get(char);
  if (confusable !== undefined) {
    const { skeleton, script, folded } = confusable;
    return { skeleton, latin: script === 'Latin', folded };
  }
  if (INVISIBLE.test(char) || MARK.test(char)) return INVISIBLE_READING;
  const [base = '', ...marks] = char.normalize('NFD');
  if (marks.length === 0 || !marks.every((mark) => MARK.test(mark))) return null;
  if (base.charCodeAt(0) < 0x80)
    return { skeleton: base, latin: /[a-z]/.test(base), folded: false };
  const confusableBase = CONFUSABLES.get(base);
  if (confusableBase === undefined) return null;
  const { skeleton, script } = confusableBase;
  return { skeleton, latin: script === 'Latin', folded: false };
}

/** A label as displayed: Punycode decoded, then mapped as the URL parser maps Unicode hosts. */
function readLabel(label: string): string {
  const unicode = labelToUnicode(label);
  return unicode === label ? label : unicode.normalize('NFKC').toLowerCase();
}

/** Reads a lower-case host with non-ASCII characters or Punycode labels. */
function readHost(host: string): Skeleton {
  let text = '';
  const changed: boolean[] = [];
  const scripts: LabelScripts[] = [];
  host.split('.').forEach((raw, index) => {
    if (index > 0) {
      text += '.';
      changed.push(false);
    }
    const seen: LabelScripts = { latin: false, other: false };
    scripts.push(seen);
    const labelStart = text.length;
    const label = readLabel(raw);
    // "xn--taobao-" decodes to plain "taobao": a different host that may be shown as the same.
    const bogus = label !== raw && !NON_ASCII.test(label);
    let pending = false;
    for (const char of label) {
      const code = char.charCodeAt(0);
      const read: Reading | null =
        code < 0x80
          ? { skeleton: char, latin: code >= 97 && code <= 122, folded: true }
          : readChar(char);
      const skeleton = read?.skeleton ?? char;
      const isChange = read !== null && !read.folded;
      if (skeleton === '') {
        pending ||= isChange;
        continue;
      }
      text += skeleton;
      for (let i = 0; i < skeleton.length; i++) changed.push(isChange || pending || bogus);
      pending = false;
      if (read === null) continue;
      if (read.latin) seen.latin = true;
      else if (code >= 0x80) seen.other = true;
    }
    if (pending && text.length > labelStart) changed[text.length - 1] = true;
  });
  return { text, changed, scripts };
}

const TLDTS_OPTIONS = {
  allowPrivateDomains: false,
  detectIp: false,
  extractHostname: false,
  mixedInputs: false,
  validateHostname: false,
} as const;

function countDots(text: string, end: number): number {
  let dots = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 46) dots++;
  return dots;
}

/** Index of the first label of the host's registrable domain (0 when it has none). */
function registrableStart(host: string): number {
  const domain = getDomain(host, TLDTS_OPTIONS);
  if (domain === null) return 0;
  return Math.max(0, countDots(host, host.length) - countDots(domain, domain.length));
}

/** True when the host's last labels are a platform domain (all have two labels or three). */
function isPlatformHost(host: string): boolean {
  const last = host.lastIndexOf('.');
  if (last <= 0) return false;
  const second = host.lastIndexOf('.', last - 1);
  if (PLATFORM_DOMAINS.has(host.slice(second + 1))) return true;
  return second > 0 && PLATFORM_DOMAINS.has(host.slice(host.lastIndexOf('.', second - 1) + 1));
}

function anyChanged(changed: boolean[] | null, start: number, end: number): boolean {
  if (changed === null) return false;
  for (let i = start; i < end; i++) if (changed[i]) return true;
  return false;
}

/** "mixed-script" when a label of text[start, end) mixes Latin with another script. */
function scriptReason(skeleton: Skeleton, start: number, end: number): LookalikeReason {
  const scripts = skeleton.scripts;
  if (scripts === null) return 'confusable';
  const last = countDots(skeleton.text, end);
  for (let label = countDots(skeleton.text, start); label <= last; label++) {
    const seen = scripts[label];
    if (seen?.latin && seen.other) return 'mixed-script';
  }
  return 'confusable';
}

const found = (target: Target, reason: LookalikeReason): Lookalike => ({
  platform: target.platform,
  imitates: target.domain,
  reason,
});

/** Rule 1 for platform names: a changed label part that reads as a platform's name. */
function findName(skeleton: Skeleton): Lookalike | null {
  NAME_G.lastIndex = 0;
  for (let m = NAME_G.exec(skeleton.text); m !== null; m = NAME_G.exec(skeleton.text)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    const target = TARGET_BY_NAME.get(name);
    if (target !== undefined && anyChanged(skeleton.changed, start, end)) {
      return found(target, scriptReason(skeleton, start, end));
    }
  }
  return null;
}

/** The three rules over every platform domain shape in the skeleton of `host`. */
function findInSkeleton(host: string, skeleton: Skeleton): Lookalike | null {
  const text = skeleton.text;
  let extraLabel: Lookalike | null = null;
  let digitSwap: Lookalike | null = null;
  let registrable = -1;
  SHAPE_G.lastIndex = 0;
  for (let m = SHAPE_G.exec(text); m !== null; m = SHAPE_G.exec(text)) {
    const shape = m[1] ?? '';
    const start = m.index + m[0].length - shape.length;
    const end = start + shape.length;
    SHAPE_G.lastIndex = start + 1;
    const dotted = shape.includes('-') ? shape.replace(/-/g, '.') : shape;
    const target = TARGET_BY_DOMAIN.get(dotted);
    const atEnd = end === text.length;
    if (target !== undefined) {
      if (anyChanged(skeleton.changed, start, end)) {
        return found(target, scriptReason(skeleton, start, end));
      }
      if (extraLabel !== null || atEnd) continue;
      if (dotted === shape) {
        if (registrable < 0) registrable = registrableStart(host);
        if (countDots(text, start) >= registrable) continue;
      }
      extraLabel = found(target, 'hyphen-or-extra-label');
    } else if (atEnd && dotted === shape && (start === 0 || text.charCodeAt(start - 1) === 46)) {
      const swapped = TARGET_BY_FOLD.get(digitFold(shape));
      if (swapped !== undefined) digitSwap = found(swapped, 'digit-swap');
    }
  }
  return (skeleton.changed === null ? null : findName(skeleton)) ?? extraLabel ?? digitSwap;
}

function find(hostname: string): Lookalike | null {
  let host = hostname;
  const ascii = !NON_ASCII.test(host);
  if (!ascii) host = host.normalize('NFKC').replace(IDEOGRAPHIC_STOP, '.').replace(INVISIBLES, '');
  host = host.toLowerCase();
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  if (end === 0 || end > MAX_HOSTNAME_LENGTH) return null;
  if (end < host.length) host = host.slice(0, end);
  // No IP address gets here: the gate wants a platform domain shape, "xn--" or non-ASCII.
  if (isPlatformHost(host)) return null;
  const plain = ascii && !host.includes('xn--');
  const skeleton = plain ? { text: host, changed: null, scripts: null } : readHost(host);
  return findInSkeleton(host, skeleton);
}

/**
 * The platform `hostname` imitates, or null. `hostname` is as `URL.hostname` gives it (Punycode,
 * lower case) or as typed (Unicode, any case). Never throws. See the top of this file for the
 * rules and examples.
 */
export function lookalikeOf(hostname: string): Lookalike | null {
  if (typeof hostname !== 'string' || !mayImitate(hostname) || !MAY_IMITATE.test(hostname))
    return null;
  try {
    return find(hostname);
  } catch {
    return null;
  }
}

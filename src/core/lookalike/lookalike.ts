/**
 * Hosts that imitate a platform domain without being on it. A host under a platform domain is never
 * flagged, nor is one under the platform owners' infrastructure domains (owner-infrastructure.ts:
 * "taobao.com.gds.alibabadns.com"). Otherwise the first of these rules that holds gives the reason:
 *
 * 1. "confusable" or "mixed-script" (a label mixing Latin with another script): a label with
 *    characters other than ASCII (or a Punycode label) whose skeleton (skeleton.ts, after Unicode's
 *    confusables data, l and i read alike) equals a platform label's skeleton without being that label ("tаobao.net",
 *    "tаobao.evil.example", "shop-tаobao.com" for a part between hyphens), or labels whose
 *    skeletons, label by label, equal a platform domain's ("taobao.cοm", "јԁ.com",
 *    "xn--tabao-sce.com"). Platform labels of one or two characters count only as whole domains.
 * 2. "hyphen-or-extra-label": the whole platform domain written inside a longer host, left of its
 *    registrable domain ("taobao.com.evil.example", "jd.com.s3.amazonaws.com") or with a hyphen for
 *    a dot ("taobao-com.example"). Not flagged: "taobao.com.cn", "jd.com.hk" (the registered name
 *    itself, often the brand's own), "evil-taobao.com".
 * 3. "digit-swap": the registrable domain equals a platform domain once 0 is read as o and 1 as i
 *    or l ("ta0bao.com", "v1p.com", "l688.com", "jd.c0m").
 * 4. "typo": the registrable domain's own label is a typing mistake of a platform label of five
 *    letters or more (typo.ts: "tobao.com", "taobaao.com", "tao-bao.com", "trnall.com"), whatever
 *    its ending; the warning says which class.
 * 5. "subdomain": a platform label, other than an everyday host label ("vip", "3"), as a label
 *    left of another registrable domain ("taobao.evil.example", "jd.evil.example",
 *    "www.tmall.evil.example").
 *
 * Registrable domains are read with tldts and ICANN suffixes only, so "taobao.github.io" is a
 * subdomain of github.io. The user-info trick ("https://taobao.com@evil.example/") is told by the
 * classifier, which sees the whole URL (reason "userinfo").
 */
import { getDomain } from 'tldts';
import type { LookalikeReason } from '../classify/classification';
import { matchPlatform, PLATFORM_DOMAINS } from '../classify/host-match';
import { OWNER_INFRASTRUCTURE_DOMAINS } from '../classify/owner-infrastructure';
import { labelToUnicode } from '../classify/punycode';
import { LETTER_DIGIT, mayImitate, TYPO_LABELS } from './lookalike-gate';
import { INVISIBLE_CLASS, labelSkeleton } from './skeleton';
import { type TypoClass, typoOf } from './typo';

/** The platform a host imitates: its id, the platform domain imitated, and why. */
export interface Lookalike {
  platform: string;
  imitates: string;
  reason: LookalikeReason;
  /** For reason "typo": which typing mistake. */
  typo?: TypoClass;
}

/** Longer hostnames (after trailing dots) cannot be resolved (RFC 1035) and are not examined. */
export const MAX_HOSTNAME_LENGTH = 253;

interface Target {
  domain: string;
  platform: string;
}

const TARGETS: readonly Target[] = [...PLATFORM_DOMAINS].map((domain) => ({
  domain,
  platform: matchPlatform(domain, '', '/')?.platform.id ?? '',
}));
const TARGET_BY_DOMAIN = new Map(TARGETS.map((target) => [target.domain, target]));

const firstLabel = (domain: string) => domain.slice(0, domain.indexOf('.'));

/**
 * A skeleton with l read as i. UTS #39 keeps them apart, but the URL parser lower-cases the
 * capitals that read as l (Greek Ι, Cyrillic І, Latin Ɩ) into letters that read as i: "tmaΙl.com"
 * becomes "tmaιl.com", which still passes for tmall.com.
 */
function skeletonKey(skeleton: string | null): string | null {
  return skeleton === null ? null : skeleton.replace(/l/g, 'i');
}

/** Platform labels: the first label of each platform domain, with the first domain it starts. */
const TARGET_BY_LABEL = new Map<string, Target>();
for (const target of TARGETS) {
  const label = firstLabel(target.domain);
  if (!TARGET_BY_LABEL.has(label)) TARGET_BY_LABEL.set(label, target);
}

/** Rule 1 for single labels: platform labels of this length or more. */
const MIN_SKELETON_LABEL_LENGTH = 3;
const TARGET_BY_LABEL_SKELETON = new Map<string, Target>();
for (const [label, target] of TARGET_BY_LABEL) {
  const skeleton = skeletonKey(labelSkeleton(label));
  if (label.length >= MIN_SKELETON_LABEL_LENGTH && skeleton !== null)
    TARGET_BY_LABEL_SKELETON.set(skeleton, target);
}
/** Rule 1 for whole domains: platform domains by their labels' skeletons, joined with ".". */
const TARGET_BY_DOMAIN_SKELETON = new Map<string, Target>();
for (const target of TARGETS) {
  TARGET_BY_DOMAIN_SKELETON.set(
    target.domain
      .split('.')
      .map((label) => skeletonKey(labelSkeleton(label)))
      .join('.'),
    target,
  );
}
const DOMAIN_LABEL_COUNTS = [...new Set(TARGETS.map((t) => t.domain.split('.').length))];

/**
 * Rule 5: platform labels that are also everyday host labels, never taken alone for a platform's:
 * "vip" ("vip.qq.com", "vip.163.com": any site's members' area) and labels of digits shorter than
 * four ("3.example.com").
 */
const GENERIC_LABELS: ReadonlySet<string> = new Set(['vip']);
const isSubdomainLabel = (label: string) =>
  label.length >= 2 && !GENERIC_LABELS.has(label) && !/^[0-9]{1,3}$/.test(label);

/** Letters replaced by the digits they pass for: "ta0bao.com" and "taobao.com" agree. */
function digitFold(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    folded += LETTER_DIGIT.get(char) ?? char;
  }
  return folded;
}

/** Whether two texts of one digit fold differ somewhere by a digit ("ta0bao", not "bilibiii"). */
function swapsDigit(text: string, domain: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = domain.charCodeAt(i);
    if (a !== b && ((a >= 48 && a <= 57) || (b >= 48 && b <= 57))) return true;
  }
  return false;
}

/** Platform domains by their digit fold, for rule 3. */
const TARGET_BY_FOLD = new Map(TARGETS.map((target) => [digitFold(target.domain), target]));

const escapeDot = (domain: string) => domain.replace(/\./g, '[.-]');
/** Every platform domain in a lower-case host at label boundaries, "." also as "-" (rule 2). */
const SHAPE_G = new RegExp(
  `(?:^|[.-])(${TARGETS.map((target) => escapeDot(target.domain)).join('|')})(?=[.-]|$)`,
  'g',
);

// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII.
const NON_ASCII = /[^\x00-\x7f]/;
const IDEOGRAPHIC_STOP = /\u3002/g;
const INVISIBLES = new RegExp(INVISIBLE_CLASS, 'g');
const LATIN = /\p{Script=Latin}/u;
const OTHER_LETTER = /(?!\p{Script=Latin})\p{L}/u;

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

/** True when the host's last labels are a platform domain (all have two labels or three). */
function isPlatformHost(host: string): boolean {
  const last = host.lastIndexOf('.');
  if (last <= 0) return false;
  const second = host.lastIndexOf('.', last - 1);
  if (PLATFORM_DOMAINS.has(host.slice(second + 1))) return true;
  return second > 0 && PLATFORM_DOMAINS.has(host.slice(host.lastIndexOf('.', second - 1) + 1));
}

const found = (target: Target, reason: LookalikeReason, typo?: TypoClass): Lookalike =>
  typo === undefined
    ? { platform: target.platform, imitates: target.domain, reason }
    : { platform: target.platform, imitates: target.domain, reason, typo };

/** A label as displayed: Punycode decoded. */
function readLabel(label: string): string {
  return labelToUnicode(label);
}

/**
 * A host typed in Unicode as the URL parser writes it (UTS #46 mapping, Punycode), so that its
 * characters are those a link's host really has ("ＴＡＯ" → "tao", Cherokee small letters → capitals);
 * NFKC and lower case when the parser refuses it.
 */
function asParsed(host: string): string {
  try {
    const parsed = new URL(`http://${host.replace(INVISIBLES, '')}/`).hostname;
    if (parsed !== '') return parsed;
  } catch {
    // Not a host the parser takes: read it as close to that as the string allows.
  }
  return host
    .normalize('NFKC')
    .replace(IDEOGRAPHIC_STOP, '.')
    .replace(INVISIBLES, '')
    .toLowerCase();
}

function scriptReason(labels: readonly string[]): LookalikeReason {
  return labels.some((label) => LATIN.test(label) && OTHER_LETTER.test(label))
    ? 'mixed-script'
    : 'confusable';
}

/**
 * Rule 1 over the labels as written (`raw`, lower case) and as read (`read`: Punycode decoded);
 * `changed[i]` says label i was not plain ASCII.
 */
function findConfusable(
  raw: readonly string[],
  read: readonly string[],
  changed: readonly boolean[],
): Lookalike | null {
  const skeletons = read.map((label) => skeletonKey(labelSkeleton(label)));
  for (const count of DOMAIN_LABEL_COUNTS) {
    for (let start = 0; start + count <= read.length; start++) {
      if (!changed.slice(start, start + count).some(Boolean)) continue;
      const window = skeletons.slice(start, start + count);
      if (window.includes(null)) continue;
      const target = TARGET_BY_DOMAIN_SKELETON.get(window.join('.'));
      if (target === undefined) continue;
      if (raw.slice(start, start + count).join('.') !== target.domain)
        return found(target, scriptReason(read.slice(start, start + count)));
    }
  }
  for (let i = 0; i < read.length; i++) {
    if (!changed[i]) continue;
    const label = read[i] ?? '';
    for (const part of label.includes('-') ? [label, ...label.split('-')] : [label]) {
      const skeleton = skeletonKey(labelSkeleton(part));
      const target = skeleton === null ? undefined : TARGET_BY_LABEL_SKELETON.get(skeleton);
      if (target !== undefined && part !== firstLabel(target.domain))
        return found(target, scriptReason([part]));
    }
  }
  return null;
}

/** Rule 2: the platform domain inside a longer host. `registrable` is its first label's index. */
function findExtraLabel(host: string, registrable: number): Lookalike | null {
  SHAPE_G.lastIndex = 0;
  for (let m = SHAPE_G.exec(host); m !== null; m = SHAPE_G.exec(host)) {
    const shape = m[1] ?? '';
    const start = m.index + m[0].length - shape.length;
    SHAPE_G.lastIndex = start + 1;
    if (start + shape.length === host.length) continue;
    const dotted = shape.includes('-') ? shape.replace(/-/g, '.') : shape;
    const target = TARGET_BY_DOMAIN.get(dotted);
    if (target === undefined) continue;
    if (dotted === shape && countDots(host, start) >= registrable) continue;
    return found(target, 'hyphen-or-extra-label');
  }
  return null;
}

/** Rules 3 to 5 over an ASCII host's labels; `registrable` is as for findExtraLabel. */
function findTypo(labels: readonly string[], registrable: number): Lookalike | null {
  const domain = labels.slice(registrable).join('.');
  const swapped = TARGET_BY_FOLD.get(digitFold(domain));
  if (swapped !== undefined && swapsDigit(domain, swapped.domain))
    return found(swapped, 'digit-swap');
  const own = labels[registrable] ?? '';
  if (!TARGET_BY_LABEL.has(own)) {
    for (const label of TYPO_LABELS) {
      const typo = typoOf(label, own);
      const target = typo === null ? undefined : TARGET_BY_LABEL.get(label);
      if (target !== undefined) return found(target, 'typo', typo ?? undefined);
    }
  }
  for (let i = 0; i < registrable; i++) {
    const label = labels[i] ?? '';
    if (!isSubdomainLabel(label)) continue;
    const target = TARGET_BY_LABEL.get(label);
    if (target !== undefined) return found(target, 'subdomain');
  }
  return null;
}

function find(hostname: string): Lookalike | null {
  let host = NON_ASCII.test(hostname) ? asParsed(hostname) : hostname;
  host = host.toLowerCase();
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  if (end === 0 || end > MAX_HOSTNAME_LENGTH) return null;
  if (end < host.length) host = host.slice(0, end);
  if (isPlatformHost(host)) return null;
  const labels = host.split('.');
  const domain = getDomain(host, TLDTS_OPTIONS);
  if (domain !== null && OWNER_INFRASTRUCTURE_DOMAINS.has(domain)) return null;
  const registrable =
    domain === null
      ? 0
      : Math.max(0, countDots(host, host.length) - countDots(domain, domain.length));
  const read = labels.map(readLabel);
  const changed = labels.map((label, i) => NON_ASCII.test(label) || read[i] !== label);
  if (changed.some(Boolean)) {
    const confusable = findConfusable(labels, read, changed);
    if (confusable !== null) return confusable;
  }
  if (NON_ASCII.test(host)) return null;
  return findExtraLabel(host, registrable) ?? findTypo(labels, registrable);
}

/**
 * The platform `hostname` imitates, or null. `hostname` is as `URL.hostname` gives it (Punycode,
 * lower case) or as typed (Unicode, any case). Never throws. See the top of this file for the
 * rules and examples.
 */
export function lookalikeOf(hostname: string): Lookalike | null {
  if (typeof hostname !== 'string' || !mayImitate(hostname)) return null;
  try {
    return find(hostname);
  } catch {
    return null;
  }
}

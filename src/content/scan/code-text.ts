import { mayHoldDouyinShareText } from '../../core/share-code/douyin-share-text';

/**
 * The share-code pre-filter over page text: cheap string checks that decide whether a text, a
 * field or a whole subtree could hold a share code at all, before the engine is asked.
 */

/**
 * The elements whose text is never page prose (scripts, styles, templates, the page's title,
 * fields, whose value is read instead) or is ours (badges): no share code is looked for there.
 * One list for the scanner, the marker and the whole-text check.
 */
const NOT_PROSE_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'title',
  'cll-badge',
];
export const NOT_PROSE = NOT_PROSE_TAGS.join(', ');
const NOT_PROSE_NAMES = new Set(NOT_PROSE_TAGS.map((tag) => tag.toUpperCase()));

/** Whether a text node sits in page prose (its parent is none of NOT_PROSE); one set lookup. */
export function isProse(text: Text): boolean {
  return !NOT_PROSE_NAMES.has(text.parentNode?.nodeName ?? '');
}

/**
 * A share code is a run of 10+ letters and digits (JD's are 10 long): a text without one is
 * skipped at once. A run starts where no letter or digit precedes it (the look-behind makes each position inside a word
 * fail at once: twice as fast over a page's whole text).
 */
const ALNUM_RUN = /(?<![A-Za-z0-9])[A-Za-z0-9]{10,}/g;
const HAS_DIGIT = /[0-9]/;
const HAS_LETTER = /[A-Za-z]/;
const HAS_INNER_UPPER = /.[A-Z]/;
const HAS_LOWER = /[a-z]/;

/**
 * The pre-filter: a run of 10+ letters and digits that mixes letters with digits, or lower with
 * upper case past its first letter (so ordinary long words do not load the engine); or a Douyin
 * share text, whose code is short ("8.61 nqh:/ … 复制打开抖音…": ":/" and a Douyin word).
 */
export function mightHoldCode(text: string): boolean {
  return codeLikeRuns(text, 1).length > 0 || mayHoldDouyinShareText(text);
}

/** The runs of `text` that look like share codes (at most `limit`). */
function codeLikeRuns(text: string, limit = 1000): string[] {
  const runs: string[] = [];
  if (text.length < 10) return runs;
  ALNUM_RUN.lastIndex = 0;
  for (
    let match = ALNUM_RUN.exec(text);
    match && runs.length < limit;
    match = ALNUM_RUN.exec(text)
  ) {
    const run = match[0];
    if (
      HAS_DIGIT.test(run) ? HAS_LETTER.test(run) : HAS_INNER_UPPER.test(run) && HAS_LOWER.test(run)
    ) {
      runs.push(run);
    }
  }
  return runs;
}

/** The whole text under a root, read natively at once (a document's: its body's). */
export function rootText(root: Element | Document | DocumentFragment): string {
  return root instanceof Document ? (root.body?.textContent ?? '') : (root.textContent ?? '');
}

/**
 * Whether any text under `root` could hold a share code, from one native read of its whole text
 * (`text`, when the caller has read it already): most pages have none, and then no text node needs
 * a look of its own. Runs that occur only in scripts and styles (identifiers, JSON) do not count.
 */
export function mayHoldCodes(
  root: Element | Document | DocumentFragment,
  text: string = rootText(root),
): boolean {
  const runs = codeLikeRuns(text);
  if (runs.length === 0)
    return mayHoldDouyinShareText(text) && !(root instanceof Element && root.matches(NOT_PROSE));
  if (root instanceof Element && root.matches(NOT_PROSE)) return false;
  let hidden = '';
  // A document's text is its body's (rootText): so are its hidden parts.
  const scope = root instanceof Document ? root.body : root;
  for (const element of scope?.querySelectorAll(NOT_PROSE) ?? [])
    hidden += `${element.textContent ?? ''}\n`;
  if (hidden === '') return true;
  // A run counts when it occurs more often in the whole text than in scripts and styles alone
  // (pages that embed their data as JSON repeat the visible text there).
  const hiddenRuns = new Map<string, number>();
  for (const run of codeLikeRuns(hidden)) hiddenRuns.set(run, (hiddenRuns.get(run) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const run of runs) {
    const count = (seen.get(run) ?? 0) + 1;
    seen.set(run, count);
    if (count > (hiddenRuns.get(run) ?? 0)) return true;
  }
  return false;
}

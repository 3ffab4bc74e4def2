import type { Classification } from '../core/classification';
import type { Locale } from '../core/localized';
import type { PolicyContext } from '../shared/policy-context';
import { type Settings, shownScopes } from '../shared/settings';
import type { BadgeFactory } from './badge';
import { renderBadge } from './badge-render';
import { type TooltipLine, tooltipLines } from './badge-text';
import type { BadgeView } from './badge-view';
import type { Engine } from './engine-loader';
import { isInEditable } from './link-anchor';
import type { MessageLookup } from './messages';
import type { Found, FoundCode } from './report/found';

/** Name of the CSS highlight that marks share codes (styled by content.css). */
export const HIGHLIGHT_NAME = 'cll-share-code';
/**
 * A share code is a run of 11+ letters and digits: a text without one is skipped at once. A run
 * starts where no letter or digit precedes it (the look-behind makes each position inside a word
 * fail at once: twice as fast over a page's whole text).
 */
const ALNUM_RUN = /(?<![A-Za-z0-9])[A-Za-z0-9]{11,}/g;
const HAS_DIGIT = /[0-9]/;
const HAS_LETTER = /[A-Za-z]/;
const HAS_INNER_UPPER = /.[A-Z]/;
const HAS_LOWER = /[a-z]/;

/**
 * The pre-filter: a run of 11+ letters and digits that mixes letters with digits, or lower with
 * upper case past its first letter (so ordinary long words do not load the engine).
 */
export function mightHoldCode(text: string): boolean {
  return codeLikeRuns(text, 1).length > 0;
}

/** The runs of `text` that look like share codes (at most `limit`). */
function codeLikeRuns(text: string, limit = 1000): string[] {
  const runs: string[] = [];
  if (text.length < 11) return runs;
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

type CodeSource = Text | HTMLTextAreaElement | HTMLInputElement;

/** The codes of one text or field. */
interface SourceMarks {
  source: CodeSource;
  /** What the first badge goes right after: the text, the link around it, or the field. */
  anchor: ChildNode;
  /** What "show" flashes: the field, the link around the text, or the element around it. */
  holder: Element;
  marks: CodeMark[];
}

interface CodeMark {
  of: SourceMarks;
  classification: Classification;
  range: Range | null;
  host: HTMLElement | null;
  view: BadgeView | null;
  /** How often the page removed our badge; we put it back once, then let it be. */
  removals: number;
}

/** Elements whose text is never page prose. */
const NOT_PROSE = 'script, style, noscript, template, textarea';

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
  if (runs.length === 0) return false;
  if (root instanceof Element && root.matches(NOT_PROSE)) return false;
  let hidden = '';
  for (const element of root.querySelectorAll(NOT_PROSE))
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

/**
 * Marks share codes (淘口令, 京口令) without touching the page's text: a CSS Custom Highlight over
 * the code where the browser has the API, and a badge after the text (or after the input field)
 * carrying the same verdicts and DOM contract as link badges. Inside editable text it only
 * highlights: it never inserts anything there.
 */
export class ShareCodeMarker {
  private readonly marks = new Map<CodeSource, SourceMarks>();
  private readonly hosts = new WeakMap<Element, CodeMark>();
  private readonly highlight: Highlight | null;

  constructor(
    private readonly engine: Engine,
    private readonly doc: Document,
    private readonly factory: BadgeFactory,
    private context: PolicyContext,
    private settings: Settings,
    private readonly locale: Locale,
    private readonly t: MessageLookup,
  ) {
    this.highlight = makeHighlight(doc);
  }

  /** Looks at a text node or a field's value, and (re)marks the codes in it. */
  scan(source: CodeSource): void {
    this.unmark(source);
    const text = source instanceof Text ? source.data : source.value;
    if (!mightHoldCode(text) || !source.isConnected) return;
    const classification = this.engine.classify(text);
    const codes = classification.codes;
    if (!codes || codes.length === 0) return;
    const element = source instanceof Text ? source.parentElement : source;
    if (!element) return;
    if (
      source instanceof Text &&
      element.closest('script, style, noscript, template, textarea, title, cll-badge')
    )
      return;
    // In editable content (contenteditable, designMode) nothing is inserted, after a field either.
    const editable = isInEditable(element);
    // A badge never goes inside a link: it would change the link's click target.
    const link = source instanceof Text ? element.closest('a') : null;
    const of: SourceMarks = { source, anchor: link ?? source, holder: link ?? element, marks: [] };
    let after: ChildNode = of.anchor;
    for (const code of codes) {
      const codeClassification = this.engine.classifyShareCode(text, code);
      if (codeClassification.kind !== 'code') continue;
      const mark: CodeMark = {
        of,
        classification: codeClassification,
        range: null,
        host: null,
        view: null,
        removals: 0,
      };
      if (source instanceof Text && this.highlight) {
        const range = this.doc.createRange();
        range.setStart(source, code.start);
        range.setEnd(source, code.end);
        this.highlight.add(range);
        mark.range = range;
      }
      if (!editable) {
        mark.host = this.factory.create();
        this.hosts.set(mark.host, mark);
        after.after(mark.host);
        after = mark.host;
      }
      of.marks.push(mark);
      this.render(mark);
    }
    this.marks.set(source, of);
  }

  update(context: PolicyContext, settings: Settings): void {
    this.context = context;
    this.settings = settings;
    for (const [source, of] of this.marks) {
      if (!source.isConnected) this.unmark(source);
      else for (const mark of of.marks) this.render(mark);
    }
  }

  clear(): void {
    for (const source of [...this.marks.keys()]) this.unmark(source);
  }

  prune(): void {
    for (const source of [...this.marks.keys()]) if (!source.isConnected) this.unmark(source);
  }

  tooltipFor(host: HTMLElement): TooltipLine[] | null {
    const mark = this.hosts.get(host);
    if (!mark?.view) return null;
    return tooltipLines(
      mark.view,
      shownScopes(this.settings, this.context.ruleset.scopes),
      this.locale,
      this.t,
    );
  }

  /**
   * Every marked code with the element "show" flashes for it, in the marker's order. A code's
   * badge cannot take an outline (the badge host's styles are !important, so that pages cannot
   * restyle it), so the element that holds the code does: the field it is typed in, or the
   * element (or link) around its text. Null when that element has left the page.
   */
  found(): Found<FoundCode>[] {
    const out: Found<FoundCode>[] = [];
    for (const of of this.marks.values()) {
      const element = of.holder.isConnected ? of.holder : null;
      for (const { classification, view } of of.marks) {
        if (!view) continue;
        out.push({
          item: {
            input: classification.input,
            platform: view.platform,
            category: view.category,
            outcomes: Object.fromEntries(view.verdicts.map((v) => [v.scope, v.outcome])),
          },
          element,
        });
      }
    }
    return out;
  }

  /**
   * Our observer saw a badge host leave the page: a code's badge is put back once, right after
   * the badge of the code before it (or its text, link or field), never fought over in a loop.
   */
  badgeRemoved(host: Element): void {
    const mark = this.hosts.get(host);
    if (!mark?.host || mark.host.isConnected || this.marks.get(mark.of.source) !== mark.of) return;
    if (mark.removals > 0) return;
    const index = mark.of.marks.indexOf(mark);
    let after: ChildNode = mark.of.anchor;
    for (let i = index - 1; i >= 0; i--) {
      const before = mark.of.marks[i]?.host;
      if (before?.isConnected) {
        after = before;
        break;
      }
    }
    if (!after.isConnected) return;
    mark.removals += 1;
    after.after(mark.host);
  }

  private render(mark: CodeMark): void {
    mark.view = this.engine.badgeView(mark.classification, this.context, this.locale);
    if (mark.host)
      renderBadge(
        mark.host,
        mark.view,
        shownScopes(this.settings, this.context.ruleset.scopes),
        this.locale,
        this.t,
      );
  }

  private unmark(source: CodeSource): void {
    const of = this.marks.get(source);
    if (!of) return;
    this.marks.delete(source);
    for (const mark of of.marks) {
      if (mark.range) this.highlight?.delete(mark.range);
      if (mark.host) {
        this.hosts.delete(mark.host);
        this.factory.release(mark.host);
      }
    }
  }
}

/** A highlight registered under HIGHLIGHT_NAME, or null where the API is missing. */
function makeHighlight(doc: Document): Highlight | null {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const registry = view?.CSS?.highlights;
    const HighlightClass = view?.Highlight;
    if (!registry || !HighlightClass) return null;
    const existing = registry.get(HIGHLIGHT_NAME);
    if (existing) return existing;
    const highlight = new HighlightClass();
    registry.set(HIGHLIGHT_NAME, highlight);
    return highlight;
  } catch {
    return null;
  }
}

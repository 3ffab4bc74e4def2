import type { Classification } from '../../core/classify/classification';
import type { Locale } from '../../core/localized';
import type { PolicyContext } from '../../shared/policy-context';
import { type Settings, shownScopes } from '../../shared/settings';
import { type TooltipLine, tooltipLines } from '../badge-text';
import type { Badge } from '../draw/badge';
import type { BadgeFactory } from '../draw/badge-factory';
import { fillBadge } from '../draw/badge-fill';
import type { BadgeView } from '../draw/badge-view';
import type { Engine } from '../engine-loader';
import type { TextLookup } from '../i18n';
import type { Found, FoundCode } from '../report/found';
import { mightHoldCode, NOT_PROSE } from '../scan/code-text';
import { foundCode } from './found-items';
import { isInEditable } from './link-anchor';

/** Name of the CSS highlight that marks share codes (styled by content.css). */
const HIGHLIGHT_NAME = 'cll-share-code';
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
  badge: Badge | null;
  view: BadgeView | null;
  /** How often the page removed our badge; we put it back once, then let it be. */
  removals: number;
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
    private readonly t: TextLookup,
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
    if (source instanceof Text && element.closest(NOT_PROSE)) return;
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
        badge: null,
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
        mark.badge = this.factory.create();
        this.hosts.set(mark.badge.host, mark);
        after.after(mark.badge.host);
        after = mark.badge.host;
      }
      of.marks.push(mark);
      this.fill(mark);
    }
    this.marks.set(source, of);
  }

  update(context: PolicyContext, settings: Settings): void {
    this.context = context;
    this.settings = settings;
    for (const [source, of] of this.marks) {
      if (!source.isConnected) this.unmark(source);
      else for (const mark of of.marks) this.fill(mark);
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
        out.push({ item: foundCode(classification.input, view), element });
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
    const own = mark?.badge?.host;
    if (!mark || !own || own.isConnected || this.marks.get(mark.of.source) !== mark.of) return;
    if (mark.removals > 0) return;
    const index = mark.of.marks.indexOf(mark);
    let after: ChildNode = mark.of.anchor;
    for (let i = index - 1; i >= 0; i--) {
      const before = mark.of.marks[i]?.badge?.host;
      if (before?.isConnected) {
        after = before;
        break;
      }
    }
    if (!after.isConnected) return;
    mark.removals += 1;
    after.after(own);
  }

  /** Fills the code's badge with its view. */
  private fill(mark: CodeMark): void {
    mark.view = this.engine.badgeView(mark.classification, this.context, this.locale);
    if (mark.badge)
      fillBadge(
        mark.badge,
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
      if (mark.badge) {
        this.hosts.delete(mark.badge.host);
        this.factory.release(mark.badge);
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

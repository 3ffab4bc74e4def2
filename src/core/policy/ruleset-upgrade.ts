/**
 * Upgrading a ruleset of format 1 to format 2. Format 1 wrote each source (`{title, url}`, no
 * quote) inside every rule, event and note that cited it; format 2 defines each source once in
 * `sources` and cites it by id. The upgrade hoists the sources: one definition per distinct
 * title and address, in order of first citation, each with an id made of its address and a hash
 * of its title and address, so that a source gets the same id in every upgrade of every file.
 * Everything else is carried over as it is (also what is wrong: validateRuleset reports it).
 *
 * Pure; never throws, never changes its input. It does not validate: format 2 refuses rules and
 * events with evidence `announced` or `reported` whose sources have no quote, and no format-1
 * source has one, so such a ruleset needs quotes (see quotesNeeded) before it can be used.
 */
import { isRecord } from './validate-fields';

/** A definition made from a format-1 source entry. */
interface HoistedSource {
  id: string;
  title: string;
  url: string;
}

/** Evidence levels whose rules and events must cite quoted sources (as the validator says). */
const QUOTED_EVIDENCE = ['announced', 'reported'];
const MAX_SLUG = 40;

/**
 * True for a value that says it is a ruleset of format 1 and has no `sources` of its own (a value
 * with both is neither format, and is left to the validator to explain).
 */
export function isFormat1(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && value.format === 1 && !Object.hasOwn(value, 'sources');
}

/** 32-bit FNV-1a of a string's UTF-16 units, as 6 hex digits (enough within one ruleset). */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0').slice(0, 6);
}

/** Lowercase letters and digits with single hyphens between them, at most MAX_SLUG long. */
function slug(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, MAX_SLUG).replace(/-+$/, '') || 'source';
}

/** "tellerreport-com-1a2b3c": the address's host (or the locator's text), then the hash. */
function sourceId(title: string, url: string): string {
  let base: string;
  try {
    const parsed = new URL(url);
    base =
      parsed.protocol === 'http:' || parsed.protocol === 'https:'
        ? parsed.hostname.replace(/^www\./, '')
        : url.replace(/^[a-z]+:/i, '');
  } catch {
    base = url;
  }
  return `${slug(base)}-${shortHash(`${url}\n${title}`)}`;
}

const isSourceEntry = (value: unknown): value is { title: string; url: string } =>
  isRecord(value) &&
  typeof value.title === 'string' &&
  typeof value.url === 'string' &&
  Object.keys(value).every((key) => key === 'title' || key === 'url');

/** Collects the hoisted sources; an entry that is not a format-1 source is carried over as is. */
class SourceTable {
  readonly definitions: HoistedSource[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly ids = new Set<string>();

  cite(entry: unknown): unknown {
    if (!isSourceEntry(entry)) return entry;
    const key = `${entry.url}\n${entry.title}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    let id = sourceId(entry.title, entry.url);
    for (let n = 2; this.ids.has(id); n++) id = `${sourceId(entry.title, entry.url)}-${n}`;
    this.ids.add(id);
    this.byKey.set(key, id);
    this.definitions.push({ id, title: entry.title, url: entry.url });
    return id;
  }
}

/** A rule, event or note with its `sources` list turned into ids (other values are kept). */
function citing(item: unknown, table: SourceTable): unknown {
  if (!isRecord(item) || !Array.isArray(item.sources)) return item;
  return { ...item, sources: item.sources.map((entry) => table.cite(entry)) };
}

const mapList = (value: unknown, table: SourceTable) =>
  Array.isArray(value) ? value.map((item) => citing(item, table)) : value;

/**
 * The format-2 form of a format-1 ruleset: `format` 2 and the hoisted `sources` (placed after
 * `recordEnds`), every other field as it was. Rules are read first, then events, then notes, so
 * a source is defined where a rule first cites it.
 */
export function upgradeRuleset(value: Record<string, unknown>): Record<string, unknown> {
  const table = new SourceTable();
  const rules = mapList(value.rules, table);
  const events = mapList(value.events, table);
  const notes = mapList(value.notes, table);
  const upgraded: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    upgraded[key] =
      key === 'format'
        ? 2
        : key === 'rules'
          ? rules
          : key === 'events'
            ? events
            : key === 'notes'
              ? notes
              : field;
    if (key === 'recordEnds') upgraded.sources = table.definitions;
  }
  if (!('sources' in upgraded)) upgraded.sources = table.definitions;
  return upgraded;
}

/** A source that some rules or events of evidence announced or reported cite without a quote. */
export interface QuoteNeeded {
  /** Where the source is defined in the upgraded ruleset, e.g. "sources[2]". */
  path: string;
  source: string;
  title: string;
  url: string;
  /** The rules and events that cite it, by id, e.g. ["taobao-private-20211129"]. */
  citedBy: string[];
}

/**
 * The sources of a (format-2) ruleset that need a quote before it validates: each source without
 * a quote that a rule or event of evidence `announced` or `reported` cites, in the order of
 * `sources`, with those rules and events. Adding the quotes, or lowering those rules' evidence,
 * is for the ruleset's author to decide.
 */
export function quotesNeeded(ruleset: Record<string, unknown>): QuoteNeeded[] {
  const definitions = Array.isArray(ruleset.sources) ? ruleset.sources : [];
  const citers = new Map<string, string[]>();
  for (const list of [ruleset.rules, ruleset.events]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isRecord(item) || !QUOTED_EVIDENCE.includes(String(item.evidence))) continue;
      if (!Array.isArray(item.sources)) continue;
      for (const id of item.sources) {
        if (typeof id !== 'string') continue;
        const by = citers.get(id) ?? [];
        if (!by.includes(String(item.id))) by.push(String(item.id));
        citers.set(id, by);
      }
    }
  }
  const needed: QuoteNeeded[] = [];
  definitions.forEach((definition, index) => {
    if (!isRecord(definition) || 'quote' in definition) return;
    const citedBy = citers.get(String(definition.id));
    if (citedBy === undefined) return;
    needed.push({
      path: `sources[${index}]`,
      source: String(definition.id),
      title: String(definition.title),
      url: String(definition.url),
      citedBy,
    });
  });
  return needed;
}

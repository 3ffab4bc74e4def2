/**
 * The sources part of the ruleset validator: the definitions (id, title, an http(s) address, an
 * optional publication date, a quote with its language and English gloss) and the lists of ids
 * that rules, events and notes cite.
 */
import { parseIsoInstant } from './china-time';
import type { Evidence } from './evidence';
import { isEnglish, QUOTE_MAX_LENGTH } from './source';
import {
  checkId,
  checkObject,
  checkText,
  describe,
  fieldPath,
  indexPath,
  isHttpUrl,
  isRecord,
  type Problems,
} from './validate-fields';

/** What the validator knows of a defined source. */
export interface KnownSource {
  path: string;
  quoted: boolean;
  cited: boolean;
}

const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function checkPublished(value: unknown, path: string, problems: Problems): void {
  if (typeof value === 'string' && DATE_PATTERN.test(value)) {
    const parsed = parseIsoInstant(`${value}T00:00:00+08:00`);
    if (!parsed.ok) problems.push({ path, message: parsed.error });
    return;
  }
  if (typeof value === 'string' && value.includes('T')) {
    const parsed = parseIsoInstant(value);
    if (!parsed.ok) problems.push({ path, message: parsed.error });
    return;
  }
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : describe(value);
  problems.push({
    path,
    message: `${shown} is not a date such as "2021-11-30" or an instant with an offset such as "2021-11-30T11:34:00+08:00"`,
  });
}

function checkQuote(value: unknown, path: string, problems: Problems): void {
  const quote = checkObject(value, path, ['text', 'lang'], ['en'], problems);
  if (!quote) return;
  const at = (key: string) => fieldPath(path, key);
  if (Object.hasOwn(quote, 'text')) {
    const text = checkText(quote.text, at('text'), problems);
    const length = text === null ? 0 : [...text].length;
    if (length > QUOTE_MAX_LENGTH) {
      problems.push({
        path: at('text'),
        message: `is ${length} characters long; quote at most ${QUOTE_MAX_LENGTH} (leave words out with …)`,
      });
    }
  }
  let lang: string | null = null;
  if (Object.hasOwn(quote, 'lang')) {
    if (typeof quote.lang === 'string' && LANG_PATTERN.test(quote.lang)) {
      lang = quote.lang;
    } else {
      problems.push({
        path: at('lang'),
        message: 'must be a language tag such as "zh-Hans", "zh-Hant" or "en"',
      });
    }
  }
  if (Object.hasOwn(quote, 'en')) {
    checkText(quote.en, at('en'), problems);
  } else if (lang !== null && !isEnglish(lang)) {
    problems.push({
      path: at('en'),
      message: `required field is missing: an English gloss of a quote in "${lang}"`,
    });
  }
}

function checkSourceDefinition(
  value: unknown,
  path: string,
  known: Map<string, KnownSource>,
  problems: Problems,
): void {
  const source = checkObject(value, path, ['id', 'title', 'url'], ['published', 'quote'], problems);
  if (!source) return;
  const at = (key: string) => fieldPath(path, key);
  let id: string | null = null;
  if (Object.hasOwn(source, 'id')) {
    id = checkId(source.id, at('id'), problems);
    const first = id === null ? undefined : known.get(id);
    if (first !== undefined) {
      problems.push({
        path: at('id'),
        message: `duplicate id "${id}" (first used at ${first.path}.id)`,
      });
      id = null;
    }
  }
  if (Object.hasOwn(source, 'title')) checkText(source.title, at('title'), problems);
  if (Object.hasOwn(source, 'url')) {
    const url = checkText(source.url, at('url'), problems);
    if (url !== null && !isHttpUrl(url)) {
      problems.push({
        path: at('url'),
        message: `${JSON.stringify(url.slice(0, 80))} is not an http(s) URL that a reader can follow`,
      });
    }
  }
  if (Object.hasOwn(source, 'published'))
    checkPublished(source.published, at('published'), problems);
  // A quote with a fault of its own is reported there, not again at every rule citing it.
  const quoted = Object.hasOwn(source, 'quote');
  if (quoted) checkQuote(source.quote, at('quote'), problems);
  if (id !== null) known.set(id, { path, quoted, cited: false });
}

/** Checks the ruleset's `sources` array; returns what it defines, by id. */
export function checkSourceDefinitions(
  value: unknown,
  problems: Problems,
): Map<string, KnownSource> {
  const known = new Map<string, KnownSource>();
  if (!Array.isArray(value)) {
    problems.push({ path: 'sources', message: `expected an array, found ${describe(value)}` });
    return known;
  }
  for (let i = 0; i < value.length; i++) {
    checkSourceDefinition(value[i], indexPath('sources', i), known, problems);
  }
  return known;
}

/** Evidence levels whose rules must cite quoted sources. */
const QUOTE_REQUIRED: readonly Evidence[] = ['announced', 'reported'];

/**
 * A list of source ids cited at `path`: each defined in the ruleset, no repeats, non-empty unless
 * `mayBeEmpty`. With `evidence` announced or reported, each cited source must carry a quote.
 */
export function checkSourceIds(
  value: unknown,
  path: string,
  mayBeEmpty: boolean,
  known: Map<string, KnownSource> | null,
  problems: Problems,
  evidence?: unknown,
): void {
  if (!Array.isArray(value)) {
    const hint = isRecord(value) ? ' (cite sources by id; define them once in "sources")' : '';
    problems.push({
      path,
      message: `expected an array of source ids, found ${describe(value)}${hint}`,
    });
    return;
  }
  if (value.length === 0 && !mayBeEmpty) {
    problems.push({ path, message: 'must cite at least one source' });
    return;
  }
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const itemPath = indexPath(path, i);
    const item = value[i];
    if (isRecord(item)) {
      problems.push({
        path: itemPath,
        message:
          'expected a source id, found an object: define the source once in "sources" and cite its id here',
      });
      continue;
    }
    const id = checkId(item, itemPath, problems);
    if (id === null) continue;
    if (seen.has(id)) {
      problems.push({ path: itemPath, message: `duplicate value "${id}"` });
      continue;
    }
    seen.add(id);
    if (known === null) continue;
    const source = known.get(id);
    if (source === undefined) {
      problems.push({ path: itemPath, message: `no source with id "${id}" in "sources"` });
      continue;
    }
    source.cited = true;
    if (!source.quoted && QUOTE_REQUIRED.includes(evidence as Evidence)) {
      problems.push({
        path: itemPath,
        message: `source "${id}" (${source.path}) has no quote, and evidence "${String(evidence)}" must rest on quoted sources: add its quote, or lower the evidence`,
      });
    }
  }
}

/** Reports sources that nothing cites. */
export function checkAllCited(known: Map<string, KnownSource>, problems: Problems): void {
  for (const [id, source] of known) {
    if (!source.cited) {
      problems.push({
        path: source.path,
        message: `source "${id}" is cited by no rule, event or note; cite it or remove it`,
      });
    }
  }
}

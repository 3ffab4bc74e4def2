/**
 * Small checkers for JSON values, shared by the ruleset validator. Each one records problems
 * with a JSON-path-like location ("rules[3].until") and never throws.
 */
import { parseIsoInstant } from './china-time';

/** One thing wrong with a value, at a JSON-path-like location ("$" is the whole value). */
export interface ValidationProblem {
  path: string;
  message: string;
}

/** Collects problems while a value is checked. */
export type Problems = ValidationProblem[];

/** Lowercase ids: letters and digits, with single ".", "_" or "-" between parts. */
export const ID_PATTERN = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const MAX_ID_LENGTH = 80;

/** App ids: a lowercase letter, then letters, digits and single "_" or "-", at most 40 long. */
export const APP_ID_PATTERN = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;
const MAX_APP_ID_LENGTH = 40;

/** Path of a field inside `base` ("" is the root). */
export function fieldPath(base: string, key: string): string {
  const part = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (base === '') return part;
  return part.startsWith('[') ? `${base}${part}` : `${base}.${part}`;
}

/** Path of an array element inside `base`. */
export function indexPath(base: string, index: number): string {
  return `${base === '' ? '$' : base}[${index}]`;
}

/** Path to report for `base` itself ("$" for the root). */
export function here(base: string): string {
  return base === '' ? '$' : base;
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a string", "null", "an array"... for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  if (type === 'object') return 'an object';
  if (type === 'undefined') return 'nothing';
  return `a ${type}`;
}

/**
 * Checks that `value` is an object with every required key and no key outside `required` and
 * `optional`. Returns the object, or null (with a problem) when it is not one.
 */
export function checkObject(
  value: unknown,
  path: string,
  required: readonly string[],
  optional: readonly string[],
  problems: Problems,
): Record<string, unknown> | null {
  if (!isRecord(value)) {
    problems.push({ path: here(path), message: `expected an object, found ${describe(value)}` });
    return null;
  }
  for (const key of required) {
    if (!Object.hasOwn(value, key)) {
      problems.push({ path: fieldPath(path, key), message: 'required field is missing' });
    }
  }
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) {
      problems.push({ path: fieldPath(path, key), message: 'unknown field' });
    }
  }
  return value;
}

/** A string with visible text; returns it or null. */
export function checkText(value: unknown, path: string, problems: Problems): string | null {
  if (typeof value !== 'string') {
    problems.push({ path, message: `expected a string, found ${describe(value)}` });
    return null;
  }
  if (value.trim() === '') {
    problems.push({ path, message: 'must not be empty' });
    return null;
  }
  return value;
}

/** A lowercase id (see ID_PATTERN); returns it or null. */
export function checkId(value: unknown, path: string, problems: Problems): string | null {
  if (typeof value !== 'string') {
    problems.push({ path, message: `expected an id string, found ${describe(value)}` });
    return null;
  }
  if (value.length > MAX_ID_LENGTH || !ID_PATTERN.test(value)) {
    problems.push({
      path,
      message: `${JSON.stringify(value.slice(0, MAX_ID_LENGTH))} is not a lowercase id such as "wechat" or "taobao-private-2021" (a-z, 0-9, and single ".", "_" or "-" between parts, at most ${MAX_ID_LENGTH} characters)`,
    });
    return null;
  }
  return value;
}

/** An app id (see APP_ID_PATTERN); returns it or null. */
export function checkAppId(value: unknown, path: string, problems: Problems): string | null {
  if (typeof value !== 'string') {
    problems.push({ path, message: `expected an app id string, found ${describe(value)}` });
    return null;
  }
  if (value.length > MAX_APP_ID_LENGTH || !APP_ID_PATTERN.test(value)) {
    problems.push({
      path,
      message: `${JSON.stringify(value.slice(0, MAX_APP_ID_LENGTH))} is not a lowercase app id such as "wechat" (a letter, then a-z, 0-9, "_" or "-", at most ${MAX_APP_ID_LENGTH} characters)`,
    });
    return null;
  }
  return value;
}

/** One of a fixed set of strings; returns it or null. */
export function checkEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
  problems: Problems,
): T | null {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : describe(value);
  problems.push({
    path,
    message: `${shown} is not one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
  });
  return null;
}

/**
 * A non-empty array of distinct strings, each checked by `item`; returns the valid items, or
 * null when the value is not such an array.
 */
export function checkList<T extends string>(
  value: unknown,
  path: string,
  problems: Problems,
  item: (value: unknown, path: string) => T | null,
): T[] | null {
  if (!Array.isArray(value)) {
    problems.push({ path, message: `expected an array, found ${describe(value)}` });
    return null;
  }
  if (value.length === 0) {
    problems.push({ path, message: 'must not be empty (omit an optional list to mean "all")' });
    return null;
  }
  const seen: T[] = [];
  let ok = true;
  for (let i = 0; i < value.length; i++) {
    const checked = item(value[i], indexPath(path, i));
    if (checked === null) {
      ok = false;
    } else if (seen.includes(checked)) {
      problems.push({ path: indexPath(path, i), message: `duplicate value "${checked}"` });
      ok = false;
    } else {
      seen.push(checked);
    }
  }
  return ok ? seen : null;
}

/** Both languages of a Localized text; returns true when valid. */
export function checkLocalized(value: unknown, path: string, problems: Problems): boolean {
  const record = checkObject(value, path, ['en', 'zh_CN'], [], problems);
  if (!record) return false;
  const before = problems.length;
  if (Object.hasOwn(record, 'en')) checkText(record.en, fieldPath(path, 'en'), problems);
  if (Object.hasOwn(record, 'zh_CN')) checkText(record.zh_CN, fieldPath(path, 'zh_CN'), problems);
  return problems.length === before;
}

/**
 * An ISO 8601 instant with an offset, or null when `nullable`. Returns epoch ms, null for a
 * valid null, or undefined when invalid.
 */
export function checkInstant(
  value: unknown,
  path: string,
  nullable: boolean,
  problems: Problems,
): number | null | undefined {
  if (value === null && nullable) return null;
  if (typeof value !== 'string') {
    const expected = nullable ? 'an ISO 8601 instant string or null' : 'an ISO 8601 instant string';
    problems.push({ path, message: `expected ${expected}, found ${describe(value)}` });
    return undefined;
  }
  const parsed = parseIsoInstant(value);
  if (!parsed.ok) {
    problems.push({ path, message: parsed.error });
    return undefined;
  }
  return parsed.at;
}

/** An http(s) URL with a host (no other scheme, no spaces). */
export function isHttpUrl(url: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

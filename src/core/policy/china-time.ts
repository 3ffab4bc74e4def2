/**
 * Instants in China Standard Time (UTC+08:00; no daylight saving since 1991).
 *
 * Every function here works on epoch milliseconds with plain arithmetic and never on the
 * machine's local time zone: no local-time Date methods, no Date parsing of strings.
 */

/** Offset of China Standard Time from UTC, in milliseconds. */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Result of parsing a date or instant typed by a person or read from a file. */
export type ParsedInstant = { ok: true; at: number } | { ok: false; error: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12); exact for any year. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Checks a calendar date; returns an error message or null. */
function checkDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return `month ${month} is not between 01 and 12`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `day ${day} does not exist in ${year}-${pad(month, 2)}`;
  return null;
}

/** Quotes input for a one-line error message (escapes newlines, shortens long text). */
function quote(text: string): string {
  return JSON.stringify(text.length > 48 ? `${text.slice(0, 48)}…` : text);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Parses an offset "Z", "+08:00", "+0800", "-05:30" into milliseconds east of UTC, or null. */
function parseOffset(text: string): number | null {
  if (text === 'Z' || text === 'z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes) * 60 * 1000;
}

/**
 * Parses an ISO 8601 date-time that carries an offset, e.g. "2021-11-29T20:00+08:00",
 * "2021-11-29T12:00:00Z", "2021-11-29T12:00:00.5+00:00". Date-times without an offset are
 * rejected as ambiguous; so are bare dates (use parsePolicyDate for those).
 */
export function parseIsoInstant(text: string): ParsedInstant {
  if (typeof text !== 'string') return { ok: false, error: 'expected a string' };
  const m = DATE_TIME.exec(text.trim());
  if (!m) {
    if (DATE_ONLY.test(text.trim())) {
      return {
        ok: false,
        error: `${quote(text)} is a date, not an instant: add a time and an offset`,
      };
    }
    return {
      ok: false,
      error: `${quote(text)} is not an ISO 8601 date-time such as 2021-11-29T20:00+08:00`,
    };
  }
  const [, ys, mos, ds, hs, mis, ss, fs, offs] = m;
  if (offs === undefined) {
    return {
      ok: false,
      error: `${quote(text)} has no offset, so its instant is ambiguous: add one such as +08:00 or Z`,
    };
  }
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const dateError = checkDate(year, month, day);
  if (dateError) return { ok: false, error: `${quote(text)} is not a valid date: ${dateError}` };
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, error: `${quote(text)} is not a valid time of day (00:00:00 to 23:59:59)` };
  }
  const offset = parseOffset(offs);
  if (offset === null)
    return { ok: false, error: `${quote(text)} has an invalid offset "${offs}"` };
  // Fractions finer than a millisecond are truncated.
  const millis = fs === undefined ? 0 : Number(fs.slice(0, 3).padEnd(3, '0'));
  const at =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    millis -
    offset;
  return { ok: true, at };
}

/**
 * The instant a user means by a date or date-time, e.g. from a date picker or the CLI:
 * - "YYYY-MM-DD" is the END of that day in China time (23:59:59.999 +08:00), so choosing
 *   2021-11-29 shows the state after that evening's update;
 * - an ISO 8601 date-time must carry an offset or Z (see parseIsoInstant).
 */
export function parsePolicyDate(text: string): ParsedInstant {
  if (typeof text !== 'string') return { ok: false, error: 'expected a string' };
  const trimmed = text.trim();
  if (DATE_ONLY.test(trimmed)) {
    const end = endOfChinaDay(trimmed);
    if (end === null) {
      const [y, mo, d] = trimmed.split('-').map(Number) as [number, number, number];
      return { ok: false, error: `${quote(text)} is not a valid date: ${checkDate(y, mo, d)}` };
    }
    return { ok: true, at: end };
  }
  if (!DATE_TIME.test(trimmed)) {
    return {
      ok: false,
      error: `${quote(text)} is neither a date such as 2021-11-29 nor a date-time such as 2021-11-29T20:00+08:00`,
    };
  }
  return parseIsoInstant(trimmed);
}

/** Epoch ms of 00:00:00.000 +08:00 on a "YYYY-MM-DD" day, or null for an invalid date. */
export function startOfChinaDay(ymd: string): number | null {
  const m = DATE_ONLY.exec(typeof ymd === 'string' ? ymd.trim() : '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (checkDate(year, month, day) !== null) return null;
  return daysFromCivil(year, month, day) * MS_PER_DAY - CHINA_OFFSET_MS;
}

/** Epoch ms of 23:59:59.999 +08:00 on a "YYYY-MM-DD" day, or null for an invalid date. */
export function endOfChinaDay(ymd: string): number | null {
  const start = startOfChinaDay(ymd);
  return start === null ? null : start + MS_PER_DAY - 1;
}

function chinaParts(ms: number) {
  if (!Number.isFinite(ms)) throw new RangeError(`not a finite instant: ${ms}`);
  const shifted = Math.floor(ms) + CHINA_OFFSET_MS;
  const days = Math.floor(shifted / MS_PER_DAY);
  const inDay = shifted - days * MS_PER_DAY;
  return { ...civilFromDays(days), inDay };
}

function formatYmd(year: number, month: number, day: number): string {
  const y = year < 0 ? `-${pad(-year, 6)}` : year > 9999 ? `+${pad(year, 6)}` : pad(year, 4);
  return `${y}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The "YYYY-MM-DD" calendar day, in China time, of an instant. */
export function chinaDateOf(ms: number): string {
  const { year, month, day } = chinaParts(ms);
  return formatYmd(year, month, day);
}

/**
 * ISO 8601 text of an instant in China time, always with seconds and "+08:00";
 * milliseconds appear only when non-zero: "2021-11-29T20:00:00+08:00",
 * "2021-11-29T23:59:59.999+08:00". Throws RangeError for a non-finite number.
 */
export function formatChinaTime(ms: number): string {
  const { year, month, day, inDay } = chinaParts(ms);
  const millis = inDay % 1000;
  const totalSeconds = (inDay - millis) / 1000;
  const hh = pad(Math.floor(totalSeconds / 3600), 2);
  const mm = pad(Math.floor(totalSeconds / 60) % 60, 2);
  const ss = pad(totalSeconds % 60, 2);
  const frac = millis === 0 ? '' : `.${pad(millis, 3)}`;
  return `${formatYmd(year, month, day)}T${hh}:${mm}:${ss}${frac}+08:00`;
}

/** Epoch ms of a number or Date; NaN for an invalid Date. */
export function toEpochMs(at: number | Date): number {
  return typeof at === 'number' ? at : at.getTime();
}

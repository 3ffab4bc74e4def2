/**
 * Punycode decoding (RFC 3492), to read the Unicode behind the "xn--" labels the WHATWG URL parser
 * produces. Decoding only: the parser already encodes. Pure: no `node:punycode` (deprecated, and
 * absent in browsers).
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
/** The RFC's overflow bound (a 32-bit signed integer, as in its sample code). */
const MAX_INT = 0x7fffffff;
const MAX_CODE_POINT = 0x10ffff;
/** Longer inputs are refused: a DNS label has at most 63 characters, and insertion is quadratic. */
export const MAX_PUNYCODE_LENGTH = 1024;

const ACE_PREFIX = 'xn--';

/** The value of a base-36 digit (a-z or A-Z: 0-25, 0-9: 26-35), or -1. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 22;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  return -1;
}

/** RFC 3492 section 6.1. */
function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/**
 * Decodes a Punycode string (without the "xn--" prefix) to Unicode, as RFC 3492 section 6.2
 * does; null for invalid input (a non-basic character before the last "-", a bad digit, a
 * truncated number, overflow, a surrogate or out-of-range code point).
 */
export function decodePunycode(input: string): string | null {
  if (input.length > MAX_PUNYCODE_LENGTH) return null;
  const output: number[] = [];
  const basicEnd = input.lastIndexOf('-');
  for (let j = 0; j < basicEnd; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let at = basicEnd > 0 ? basicEnd + 1 : 0;
  while (at < input.length) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (at >= input.length) return null;
      const digit = digitValue(input.charCodeAt(at++));
      if (digit < 0 || digit > Math.floor((MAX_INT - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return null;
      w *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    if (Math.floor(i / length) > MAX_INT - n) return null;
    n += Math.floor(i / length);
    i %= length;
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  let text = '';
  for (const point of output) text += String.fromCodePoint(point);
  return text;
}

/** A label with its "xn--" prefix (any case) decoded; the label itself when not valid Punycode. */
export function labelToUnicode(label: string): string {
  if (label.length <= ACE_PREFIX.length || label.slice(0, 4).toLowerCase() !== ACE_PREFIX) {
    return label;
  }
  return decodePunycode(label.slice(ACE_PREFIX.length)) ?? label;
}

/** A hostname with each "xn--" label decoded, for display ("xn--tabao-sce.com" → "taοbao.com"). */
export function hostToUnicode(hostname: string): string {
  if (!hostname.toLowerCase().includes(ACE_PREFIX)) return hostname;
  return hostname.split('.').map(labelToUnicode).join('.');
}

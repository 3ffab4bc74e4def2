/**
 * Reading http(s) links without the URL parser, where that provably gives what the WHATWG parser
 * would: the common case of a plain link costs a scan of its characters instead of `new URL`.
 */

/** 4 for "http:", 5 for "https:" (any case) at the start of `text`, else 0. */
export function webSchemeLength(text: string): number {
  if ((text.charCodeAt(0) | 0x20) !== 104) return 0;
  if ((text.charCodeAt(1) | 0x20) !== 116 || (text.charCodeAt(2) | 0x20) !== 116) return 0;
  if ((text.charCodeAt(3) | 0x20) !== 112) return 0;
  const fifth = text.charCodeAt(4);
  if (fifth === 58) return 4;
  return (fifth | 0x20) === 115 && text.charCodeAt(5) === 58 ? 5 : 0;
}

/**
 * The host of "http(s)://host…" when it is plain ASCII letters, digits, dots and hyphens, so
 * that WHATWG parsing is known to give the same hostname (lower-cased); null for anything else:
 * user info, ports, percent signs, backslashes, non-ASCII, trailing dots, IPv4-looking hosts,
 * and Punycode labels ("xn--…"), which the parser decodes and may reject ("xn--0").
 * Lets the classifier skip `new URL` for links that cannot be on a platform.
 */
export function simpleHost(text: string, schemeLength: number): string | null {
  let i = schemeLength;
  if (text.charCodeAt(i) !== 58 || text.charCodeAt(i + 1) !== 47 || text.charCodeAt(i + 2) !== 47) {
    return null;
  }
  i += 3;
  const start = i;
  if (isPunycodeLabelAt(text, start)) return null;
  let lastLabel = start;
  let upper = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) break;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45) continue;
    if (c === 46) {
      lastLabel = i + 1;
      if (isPunycodeLabelAt(text, lastLabel)) return null;
      continue;
    }
    if (c >= 65 && c <= 90) {
      upper = true;
      continue;
    }
    return null;
  }
  if (i === start || lastLabel === i) return null;
  const first = text.charCodeAt(lastLabel);
  if (first >= 48 && first <= 57) return null;
  const host = text.slice(start, i);
  return upper ? host.toLowerCase() : host;
}

/** Whether a label starting at `at` begins with "xn--" (any case). */
function isPunycodeLabelAt(text: string, at: number): boolean {
  return (
    (text.charCodeAt(at) | 0x20) === 120 &&
    (text.charCodeAt(at + 1) | 0x20) === 110 &&
    text.charCodeAt(at + 2) === 45 &&
    text.charCodeAt(at + 3) === 45
  );
}

/** True for characters the URL parser may rewrite after the host (kept out of the fast path). */
function isRewritten(c: number): boolean {
  return (
    c <= 0x20 ||
    c >= 0x7f ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x3c ||
    c === 0x3e ||
    c === 0x5c ||
    c === 0x5e ||
    c === 0x60 ||
    c === 0x7b ||
    c === 0x7c ||
    c === 0x7d
  );
}

/**
 * The WHATWG serialisation of `text` when it can be written down without the parser: `text` is
 * "http(s)://" in lower case, a lower-case `simpleHost` of `hostLength` characters, then a path,
 * query and fragment of characters the parser keeps as they are, with no dot segment ("/.",
 * "%2e"). The result is `text`, with "/" added when the path is empty; null otherwise.
 */
export function serialisedWebUrl(
  text: string,
  schemeLength: number,
  hostLength: number,
): string | null {
  if (!text.startsWith(schemeLength === 5 ? 'https://' : 'http://')) return null;
  const hostStart = schemeLength + 3;
  const rest = hostStart + hostLength;
  for (let i = hostStart; i < rest; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return null;
  }
  let inPath = true;
  for (let i = rest; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isRewritten(c)) return null;
    if (c === 0x3f || c === 0x23) {
      inPath = false;
    } else if (inPath && c === 0x2e && text.charCodeAt(i - 1) === 0x2f) {
      return null;
    } else if (
      inPath &&
      c === 0x25 &&
      text.charCodeAt(i + 1) === 0x32 &&
      (text.charCodeAt(i + 2) | 0x20) === 0x65
    ) {
      return null;
    }
  }
  if (rest === text.length) return `${text}/`;
  if (text.charCodeAt(rest) === 0x2f) return text;
  return `${text.slice(0, rest)}/${text.slice(rest)}`;
}

/** The path of a serialised URL whose path starts at `pathStart` (up to "?" or "#"). */
export function pathnameAt(href: string, pathStart: number): string {
  let end = pathStart;
  while (end < href.length) {
    const c = href.charCodeAt(end);
    if (c === 0x3f || c === 0x23) break;
    end++;
  }
  return href.slice(pathStart, end);
}

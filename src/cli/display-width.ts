/** Terminal column width of a string: East Asian wide and fullwidth characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0) ?? 0);
  return width;
}

function charWidth(code: number): number {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Cuts `text` to at most `width` columns (ending in "…" when cut) and pads it to exactly that. */
export function fitToWidth(text: string, width: number): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a table cell must not carry control characters to the terminal
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  let out = '';
  let used = 0;
  const full = displayWidth(clean) <= width;
  const limit = full ? width : width - 1;
  for (const char of clean) {
    const w = charWidth(char.codePointAt(0) ?? 0);
    if (used + w > limit) break;
    out += char;
    used += w;
  }
  if (!full) {
    out += '…';
    used += 1;
  }
  return out + ' '.repeat(Math.max(0, width - used));
}

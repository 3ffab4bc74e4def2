import { describe, expect, it } from 'vitest';
import { outcomeIcon, warningIcon } from '../../../src/content/draw/badge-icons';
import { BADGE_CSS } from '../../../src/content/draw/badge-style';
import type { Outcome } from '../../../src/core/policy/outcome';

const OUTCOMES: Outcome[] = ['direct', 'warn', 'copy', 'blocked', 'unknown'];

/** The SVG inside a CSS `url("data:image/svg+xml,…")`. */
function svgOf(image: string): string {
  const match = /^url\("data:image\/svg\+xml,(.*)"\)$/.exec(image);
  if (!match) throw new Error(`not an SVG data URL: ${image}`);
  return decodeURIComponent(match[1] as string);
}

describe('badge symbols', () => {
  it('are pictures in the colour asked for, one per outcome, none of them text', () => {
    const pictures = OUTCOMES.map((outcome) => svgOf(outcomeIcon(outcome, '#0a5226')));
    expect(new Set(pictures).size).toBe(OUTCOMES.length);
    for (const svg of pictures) {
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 12 12">/);
      expect(svg).toContain('#0a5226');
      // No <text>: a glyph would depend on the fonts of the machine.
      expect(svg).not.toMatch(/<text/);
    }
    const mark = svgOf(warningIcon('#8a0a0a', '#ffd9d9'));
    expect(mark).toContain('#8a0a0a');
    expect(mark).toContain('#ffd9d9');
  });

  it('are drawn by the stylesheet, not written into the segments as text', () => {
    expect(BADGE_CSS).toContain(outcomeIcon('copy', '#7a2e00'));
    expect(BADGE_CSS).toContain('content: attr(data-seg-before)');
    expect(BADGE_CSS).not.toMatch(/content:[^;]*attr\(data-mark\)/);
    expect(BADGE_CSS).not.toMatch(/[✓❐✕⚠]/);
  });
});

describe('the badge in its line', () => {
  it('is an inline box with no line height of its own, so it cannot make its line taller', () => {
    const host = /:host \{([^}]*)\}/.exec(BADGE_CSS)?.[1] ?? '';
    expect(host).toMatch(/display: inline !important/);
    expect(host).toMatch(/font: 600 11px\/0 /);
    const face = /\n\.face \{([^}]*)\}/.exec(BADGE_CSS)?.[1] ?? '';
    expect(face).toMatch(/display: inline;/);
    expect(BADGE_CSS).not.toMatch(/inline-block/);
  });
});

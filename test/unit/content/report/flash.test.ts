import { describe, expect, it } from 'vitest';
import { showElement } from '../../../../src/content/report/flash';

/** Shows a stand-in element and returns how it was scrolled and animated. */
function show(reduceMotion: boolean) {
  const animations: { frames: Keyframe[]; options: KeyframeAnimationOptions }[] = [];
  const scrolls: ScrollIntoViewOptions[] = [];
  const element = {
    ownerDocument: {
      defaultView: {
        matchMedia: (query: string) => ({
          matches: reduceMotion && query === '(prefers-reduced-motion: reduce)',
        }),
      },
    },
    scrollIntoView: (options: ScrollIntoViewOptions) => scrolls.push(options),
    animate: (frames: Keyframe[], options: KeyframeAnimationOptions) =>
      animations.push({ frames, options }),
    getAnimations: () => [],
  } as unknown as Element;
  showElement(element);
  expect(animations).toHaveLength(1);
  return { scroll: scrolls[0], ...(animations[0] as (typeof animations)[number]) };
}

describe('the flash of the "show" action', () => {
  it('pulses an outline, which takes no room in the layout, while the page glides to it', () => {
    const { frames, scroll } = show(false);
    expect(scroll?.behavior).toBe('smooth');
    expect(frames.length).toBeGreaterThan(2);
    expect(new Set(frames.map((frame) => frame.outlineColor)).size).toBe(2);
    for (const frame of frames) {
      expect(Object.keys(frame).sort()).toEqual([
        'outlineColor',
        'outlineOffset',
        'outlineStyle',
        'outlineWidth',
      ]);
    }
  });

  it('holds still, and the page jumps, when the reader prefers reduced motion', () => {
    const { frames, scroll } = show(true);
    expect(scroll?.behavior).toBe('auto');
    expect(new Set(frames.map((frame) => JSON.stringify(frame))).size).toBe(1);
  });

  it('lasts 1.5 s', () => {
    expect(show(false).options.duration).toBe(1500);
    expect(show(true).options.duration).toBe(1500);
  });
});

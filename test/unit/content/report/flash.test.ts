import { describe, expect, it } from 'vitest';
import { FLASH_MS, flashKeyframes } from '../../../../src/content/report/flash';

describe('the flash of the "show" action', () => {
  it('pulses an outline, which takes no room in the layout', () => {
    const frames = flashKeyframes(false);
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

  it('holds still when the reader prefers reduced motion', () => {
    const frames = flashKeyframes(true);
    expect(new Set(frames.map((frame) => JSON.stringify(frame))).size).toBe(1);
  });

  it('lasts 1.5 s', () => {
    expect(FLASH_MS).toBe(1500);
  });
});

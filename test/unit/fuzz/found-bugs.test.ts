/** Inputs the fuzz targets found mishandled, kept as examples once fixed. */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/classify';
import { findShareCodes } from '../../../src/core/share-code/share-code';

describe('findShareCodes: marks never overlap', () => {
  it('gives a delimiter shared by two codes to the first', () => {
    const text = '￥SBnw7Wf4ZjQvZbHq￥JFfz0Jf0BfV￥FFbm3Xv85gCJslWCJKd￥';
    const found = findShareCodes(text);
    expect(found.map(({ code, start, end }) => ({ code, start, end }))).toEqual([
      { code: 'SBnw7Wf4ZjQvZbHq', start: 0, end: 18 },
      { code: 'FFbm3Xv85gCJslWCJKd', start: 29, end: 50 },
    ]);
    expect(classify(text).codes).toEqual(found);
  });

  it('keeps the Tmall marker and a code apart when they share an emoji', () => {
    const text = '🔑喵口令🔑MDGGba1MLQh🔑';
    const found = findShareCodes(text);
    expect(found.map(({ code, start, end }) => ({ code, start, end }))).toEqual([
      { code: '喵口令', start: 0, end: 7 },
    ]);
  });
});

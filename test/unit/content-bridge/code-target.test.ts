// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { codeTarget } from '../../../src/content-bridge/frame-items';

describe('codeTarget', () => {
  it('is the element around the text of the code, past the badges of other codes', () => {
    document.body.innerHTML =
      '<p id="text">copy ￥AbCdEfGhIjK￥ and ￥ZyXwVuTsRqP￥<cll-badge id="a"></cll-badge><cll-badge id="b"></cll-badge> later</p>';
    expect(codeTarget(document.getElementById('a') as Element).id).toBe('text');
    expect(codeTarget(document.getElementById('b') as Element).id).toBe('text');
  });

  it('is the field the code is typed in', () => {
    document.body.innerHTML =
      '<div><textarea id="box"></textarea><cll-badge id="a"></cll-badge></div>';
    expect(codeTarget(document.getElementById('a') as Element).id).toBe('box');
  });

  it('is the element itself when it is no badge', () => {
    document.body.innerHTML = '<span id="code">x</span>';
    expect(codeTarget(document.getElementById('code') as Element).id).toBe('code');
  });
});

import { describe, expect, it } from 'vitest';
import { rememberTexts } from '../../../src/content/remembered-texts';

describe('rememberTexts', () => {
  it('asks the catalog once per key and substitutions, and answers the same', () => {
    const asked: string[] = [];
    const lookup = rememberTexts((key, substitutions) => {
      asked.push(`${key}|${substitutions?.join(',') ?? ''}`);
      return `${key}:${substitutions?.join('+') ?? ''}`;
    });
    for (let i = 0; i < 3; i++) {
      expect(lookup('scopeGroup')).toBe('scopeGroup:');
      expect(lookup('badgeLabelPrefix', ['WeChat', 'Taobao'])).toBe(
        'badgeLabelPrefix:WeChat+Taobao',
      );
      expect(lookup('badgeLabelPrefix', ['WeChat', 'JD'])).toBe('badgeLabelPrefix:WeChat+JD');
    }
    expect(asked).toEqual([
      'scopeGroup|',
      'badgeLabelPrefix|WeChat,Taobao',
      'badgeLabelPrefix|WeChat,JD',
    ]);
  });

  it('keeps substitutions apart that would join to the same text', () => {
    const lookup = rememberTexts((key, substitutions) => JSON.stringify([key, substitutions]));
    expect(lookup('k', ['a,b'])).not.toBe(lookup('k', ['a', 'b']));
    expect(lookup('k', [])).not.toBe(lookup('k'));
  });

  it('stays bounded on a page with endless different substitutions', () => {
    let calls = 0;
    const lookup = rememberTexts((key) => {
      calls += 1;
      return key;
    });
    for (let i = 0; i < 10_000; i++) lookup('via', [String(i)]);
    expect(calls).toBe(10_000);
    lookup('via', ['9999']);
    expect(calls).toBe(10_000);
  });
});

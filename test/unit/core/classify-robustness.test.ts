import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/classify';
import { findShareCodes } from '../../../src/core/share-code/share-code';

const BIG = 100_000;

/** Runs `fn` and returns how long it took, in milliseconds. */
function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const HOSTILE: [string, string][] = [
  ['lone high surrogates', '\ud800'.repeat(BIG)],
  ['lone low surrogates in a URL', `https://item.taobao.com/${'\udc00'.repeat(BIG)}`],
  ['control characters', '\u0000\u0001\u001f\u007f\u0085'.repeat(BIG / 5)],
  ['broken percent-encoding', `https://link.zhihu.com/?target=${'%E0%A4%A'.repeat(BIG / 8)}`],
  ['a long single-token URL', `https://item.taobao.com/item.htm?id=${'1'.repeat(BIG)}`],
  ['a long host', `https://${'a.'.repeat(BIG / 2)}taobao.com/`],
  ['a long scheme-less token', `${'a.'.repeat(BIG / 2)}tb.cn/x`],
  ['many currency signs', '￥'.repeat(BIG)],
  ['alternating code-like runs', '￥AbCDef12345'.repeat(BIG / 12)],
  ['Chinese-character delimiters everywhere', '啊AbCDef12345啊淘'.repeat(BIG / 14)],
  ['almost-codes', `${'aB1'.repeat(7)}￥`.repeat(BIG / 22)],
  ['many links', 'https://m.tb.cn/h.x '.repeat(BIG / 20)],
  ['many scheme-less words', 'taobao.com.evil.example '.repeat(BIG / 24)],
  [
    'nested wrappers',
    `https://www.google.com/url?q=${'https%3A%2F%2Fwww.google.com%2Furl%3Fq%3D'.repeat(BIG / 44)}`,
  ],
  ['emoji', '💰🔑😆'.repeat(BIG / 6)],
  ['dots and slashes', './'.repeat(BIG / 2)],
  ['at signs', '@'.repeat(BIG)],
  ['whitespace', ' \t\n\u3000'.repeat(BIG / 4)],
];

describe('classify and findShareCodes on hostile input', () => {
  it.each(HOSTILE)('%s: no throw, bounded time', (_name, input) => {
    let kind = '';
    const elapsed = timed(() => {
      kind = classify(input).kind;
      findShareCodes(input);
      classify(input, input);
    });
    expect(['url', 'code', 'none']).toContain(kind);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('accepts non-string input from untyped callers', () => {
    const untyped = classify as unknown as (input: unknown, base?: unknown) => unknown;
    expect(untyped(undefined)).toMatchObject({ kind: 'none' });
    expect(untyped(42, 42)).toMatchObject({ kind: 'none', input: '42' });
    expect(findShareCodes(null as unknown as string)).toEqual([]);
  });

  it('handles the empty string and lone whitespace', () => {
    expect(classify('').kind).toBe('none');
    expect(classify('   ').kind).toBe('none');
    expect(findShareCodes('')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findUrlCandidates, MAX_URL_CANDIDATES } from '../../../src/core/classify/text-urls';

describe('findUrlCandidates', () => {
  it('finds http(s) links and scheme-less links of known hosts, in order', () => {
    expect(
      findUrlCandidates(
        'a https://x.example/1 b m.tb.cn/h.x c url=HTTP://Y.example/ d example.org/x',
      ),
    ).toEqual([
      { url: 'https://x.example/1', schemeLess: false },
      { url: 'https://m.tb.cn/h.x', schemeLess: true },
      { url: 'HTTP://Y.example/', schemeLess: false },
    ]);
  });

  it('trims surrounding punctuation', () => {
    expect(findUrlCandidates('(https://item.jd.com/1.html),')).toEqual([
      { url: 'https://item.jd.com/1.html', schemeLess: false },
    ]);
  });

  it('takes at most MAX_URL_CANDIDATES candidates', () => {
    const text = 'https://a.example/ '.repeat(MAX_URL_CANDIDATES + 50);
    expect(findUrlCandidates(text)).toHaveLength(MAX_URL_CANDIDATES);
  });
});

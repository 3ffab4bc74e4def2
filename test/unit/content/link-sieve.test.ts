// @vitest-environment happy-dom
import './support/dom-shims';
import { describe, expect, it } from 'vitest';
import { LinkSieve } from '../../../src/content/scan/link-sieve';
import { screenLink } from '../../../src/content/scan/screen';

function anchor(raw: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.setAttribute('href', raw);
  return link;
}

describe('the link sieve learns from the pre-filter it is handed to', () => {
  it('notes the beginnings of ordinary addresses the pre-filter passed over, and no others', () => {
    const sieve = new LinkSieve();
    expect(sieve.selector('shop.example.com')).toBeNull();
    expect(screenLink(anchor('https://news.example.org/a/b?c'), 'shop.example.com', sieve)).toBe(
      null,
    );
    expect(screenLink(anchor('https://item.taobao.com/item.htm?id=1'), 'x.example', sieve)).toBe(
      'platform',
    );
    expect(screenLink(anchor('https://www.google.com/search?q=a'), 'x.example', sieve)).toBeNull();
    expect(screenLink(anchor('https://xn--tabao-sce.com/'), 'x.example', sieve)).toBe('suspect');
    const selector = sieve.selector('shop.example.com') as string;
    expect(selector).toContain('[href^="https://news.example.org/"]');
    expect(selector).not.toMatch(/taobao|google|xn--/);
    expect(selector).not.toContain('[href^="/"]');
  });

  it('leaves out plain paths only on a page host whose plain paths the pre-filter passes over', () => {
    const sieve = new LinkSieve();
    expect(screenLink(anchor('/item.htm?id=1'), 'www.taobao.com', sieve)).toBe('platform');
    expect(sieve.selector('www.taobao.com')).toBeNull();
    expect(screenLink(anchor('https://item.jd.com/1.html'), 'shop.example.com', sieve)).toBe(
      'platform',
    );
    expect(sieve.selector('shop.example.com')).toContain('[href^="/"]');
    expect(sieve.selector('www.taobao.com')).toBeNull();
    expect(screenLink(anchor('/x'), 'www.google.com', sieve)).toBeNull();
    expect(sieve.selector('www.google.com')).toBeNull();
  });

  it('is one per owner: what one sieve learnt another does not know', () => {
    const one = new LinkSieve();
    const other = new LinkSieve();
    screenLink(anchor('https://news.example.org/'), 'shop.example.com', one);
    screenLink(anchor('https://blog.example.net/'), 'shop.example.com');
    expect(one.selector('')).toContain('news.example.org');
    expect(other.selector('')).toBeNull();
  });
});

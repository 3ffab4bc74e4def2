// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lineElement } from '../../../src/content/tooltip';

describe('tooltip lines', () => {
  it('renders a plain line as a paragraph and a heading as a heading', () => {
    const p = lineElement(document, { text: 'Sources: A; B', className: 'small' });
    expect(p.tagName).toBe('P');
    expect(p.className).toBe('small');
    expect(p.textContent).toBe('Sources: A; B');
    expect(lineElement(document, { text: 'Taobao', heading: true }).tagName).toBe('H2');
  });

  it('folds the quotes of the sources behind a summary, each in its language with its gloss', () => {
    const details = lineElement(document, {
      text: 'Quotes from the sources (2)',
      className: 'small',
      quotes: [
        {
          source: 'Chinanews',
          text: '1、在点对点聊天场景中将可直接访问外部链接',
          lang: 'zh-Hans',
          gloss: 'In English: 1. In one-to-one chats external links can be opened directly',
        },
        { source: 'Global Times', text: 'users can directly access external links', lang: 'en' },
      ],
    }) as HTMLDetailsElement;
    expect(details.tagName).toBe('DETAILS');
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Quotes from the sources (2)');
    const quotes = [...details.querySelectorAll('blockquote')];
    expect(quotes.map((quote) => [quote.lang, quote.textContent])).toEqual([
      ['zh-Hans', '“1、在点对点聊天场景中将可直接访问外部链接”'],
      ['en', '“users can directly access external links”'],
    ]);
    const notes = [...details.querySelectorAll('p')].map((p) => p.textContent);
    expect(notes).toEqual([
      'In English: 1. In one-to-one chats external links can be opened directly',
      '— Chinanews',
      '— Global Times',
    ]);
  });
});

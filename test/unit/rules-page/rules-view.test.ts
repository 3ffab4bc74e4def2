// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { notesSection, rulesSection } from '../../../src/rules-page/rules-view';

const t = (key: string, subs: string[] = []) => (subs.length ? `${key}[${subs.join('|')}]` : key);

describe('the rule timeline page: sources and their quotes', () => {
  const items = rulesSection(WECHAT_RULESET, 'en', t);
  const byId = new Map(WECHAT_RULESET.sources.map((source) => [source.id, source]));

  it('links every source of every rule, with its date and its quote folded', () => {
    for (const [index, item] of items.entries()) {
      const rule = WECHAT_RULESET.rules.find((r) => r.id === item.dataset.id);
      expect(rule, `rule of item ${index}`).toBeDefined();
      const entries = [...item.querySelectorAll('ul.sources > li')];
      expect(entries).toHaveLength(rule?.sources.length ?? -1);
      for (const [i, entry] of entries.entries()) {
        const source = byId.get(rule?.sources[i] ?? '');
        expect(entry.querySelector('a')?.getAttribute('href')).toBe(source?.url);
        if (source?.published) expect(entry.textContent).toContain('rulesPublished[');
        const details = entry.querySelector('details.quote') as HTMLDetailsElement | null;
        expect(details?.open).toBe(false);
        expect(details?.querySelector('summary')?.textContent).toBe('rulesQuote');
        const quote = details?.querySelector('blockquote');
        expect(quote?.textContent).toBe(source?.quote?.text);
        expect(quote?.getAttribute('lang')).toBe(source?.quote?.lang);
        const gloss = details?.querySelector('.gloss')?.textContent ?? null;
        expect(gloss).toBe(
          source?.quote?.lang.startsWith('en') ? null : `quoteGloss[${source?.quote?.en}]`,
        );
      }
    }
  });

  it('shows notes with their sources too', () => {
    const notes = notesSection(WECHAT_RULESET, 'en', t);
    const cited = WECHAT_RULESET.notes.reduce((n, note) => n + note.sources.length, 0);
    expect(notes.reduce((n, note) => n + note.querySelectorAll('details.quote').length, 0)).toBe(
      cited,
    );
  });
});

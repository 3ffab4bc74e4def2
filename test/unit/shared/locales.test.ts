import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_KEYS } from '../../../src/check-page/check-view';

const root = new URL('../../../', import.meta.url).pathname;
type Catalog = Record<string, { message: string; description?: string }>;
const read = (locale: string) =>
  JSON.parse(readFileSync(`${root}src/_locales/${locale}/messages.json`, 'utf8')) as Catalog;
const en = read('en');
const zh = read('zh_CN');
const substitutions = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();

describe('the message catalogs', () => {
  it('have the same keys in English and Simplified Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('name their own locale (the pages read it, see src/ui/i18n.ts)', () => {
    expect(en.uiLocale?.message).toBe('en');
    expect(zh.uiLocale?.message).toBe('zh_CN');
  });

  it('use the same substitutions in both languages', () => {
    for (const [key, entry] of Object.entries(en)) {
      const other = zh[key]?.message ?? '';
      // A message may leave out a substitution it does not need (e.g. the count in "1 link").
      for (const used of substitutions(other)) {
        expect(substitutions(entry.message), `${key}: ${other}`).toContain(used);
      }
    }
  });

  it('never put two substitutions together as "$2$3" (browsers read "$2$" as a placeholder name)', () => {
    for (const catalog of [en, zh]) {
      for (const [key, entry] of Object.entries(catalog)) {
        expect(entry.message, key).not.toMatch(/\$\d\$/);
      }
    }
  });

  it('keep every message short enough and describe it', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(entry.message.length, key).toBeLessThan(400);
      expect(entry.description, key).toBeTruthy();
    }
  });
});

describe('the messages the code asks for', () => {
  const files = (dir: string): string[] =>
    readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(`${dir}/${entry.name}`)
        : /\.(ts|html)$/.test(entry.name)
          ? [`${dir}/${entry.name}`]
          : [],
    );
  const sources = [
    'src/popup',
    'src/options',
    'src/rules-page',
    'src/check-page',
    'src/background',
    'src/ui',
  ]
    .flatMap(files)
    .map((file) => readFileSync(`${root}${file}`, 'utf8'));

  it('exist in the catalog (literal keys in t(...) and data-i18n attributes)', () => {
    const keys = new Set<string>();
    for (const text of sources) {
      for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(match[1] as string);
      // Keys chosen in the first argument: t(count === 1 ? 'notDirectOne' : 'notDirect', ...).
      for (const call of text.matchAll(/\bt\(([^,)[]*)/g)) {
        for (const literal of (call[1] as string).matchAll(
          /'([a-z][A-Za-z0-9]*[A-Z_][A-Za-z0-9_]*)'/g,
        )) {
          keys.add(literal[1] as string);
        }
      }
      for (const match of text.matchAll(/data-i18n(?:-label|-title)?="([A-Za-z0-9_]+)"/g)) {
        keys.add(match[1] as string);
      }
    }
    expect(keys.size).toBeGreaterThan(50);
    for (const key of keys) expect(en, key).toHaveProperty(key);
  });

  it('exist for the keys the code builds (evidence, settings fields, scope words)', () => {
    const built = [
      ...['announced', 'reported', 'disputed', 'inferred'].map((level) => `evidence_${level}`),
      ...[
        'policyDate',
        'app',
        'scopes',
        'categories',
        'enabled',
        'disabledSites',
        'customRulesets',
      ].map((field) => `settingsField_${field}`),
      'scopeWord_private',
      'scopeWord_group',
      ...Object.values(REASON_KEYS),
    ];
    for (const key of built) expect(en, key).toHaveProperty(key);
  });
});

/** The extension's real message catalogs for unit tests, with browser.i18n's substitution. */
import { readFileSync } from 'node:fs';

const root = new URL('../../../', import.meta.url).pathname;

export function catalog(locale: 'en' | 'zh_CN') {
  const messages = JSON.parse(
    readFileSync(`${root}src/_locales/${locale}/messages.json`, 'utf8'),
  ) as Record<string, { message: string }>;
  return (key: string, substitutions: string[] = []): string => {
    const text = messages[key]?.message;
    if (text === undefined) throw new Error(`no message ${key}`);
    return text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}

import type { Locale } from '../core/localized';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A human date (and time) of an instant in China time, e.g. "29 Nov 2021, 23:59" or
 * "2021年11月29日 23:59". Independent of the machine's time zone.
 */
export function formatChinaDate(ms: number, locale: Locale, withTime = true): string {
  const key = `${locale}:${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: locale === 'zh_CN' ? 'long' : 'short',
      day: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(ms);
}

import type { Localized } from '../localized';
import type { Outcome } from './outcome';

/** The symbol shown with each outcome, so that no outcome is told by colour alone. */
export const OUTCOME_SYMBOL: Readonly<Record<Outcome, string>> = {
  direct: '✓',
  warn: '!',
  copy: '❐',
  blocked: '✕',
  unknown: '?',
};

/** A short name for each outcome, for badges, tables and the popup. */
export const OUTCOME_LABEL: Readonly<Record<Outcome, Localized>> = {
  direct: { en: 'opens', zh_CN: '直接打开' },
  warn: { en: 'after warning', zh_CN: '需确认' },
  copy: { en: 'copy only', zh_CN: '仅可复制' },
  blocked: { en: 'blocked', zh_CN: '已屏蔽' },
  unknown: { en: 'unknown', zh_CN: '未知' },
};

/** One sentence on what the outcome means for the person who taps the link. */
export const OUTCOME_MEANING: Readonly<Record<Outcome, Localized>> = {
  direct: { en: 'Opens inside the chat.', zh_CN: '在聊天中点击即可打开。' },
  warn: {
    en: 'Opens after a safety page, once the reader taps “continue”.',
    zh_CN: '先显示安全提示页，点“继续访问”后打开。',
  },
  copy: {
    en: 'Does not open: the reader is told to long-press, copy the address and use a browser.',
    zh_CN: '无法打开：提示长按复制网址后用浏览器访问。',
  },
  blocked: {
    en: 'Does not open: access to the page is stopped.',
    zh_CN: '无法打开：已停止访问该网页。',
  },
  unknown: { en: 'No recorded rule covers this link.', zh_CN: '没有相关记录。' },
};

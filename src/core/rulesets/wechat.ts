/** The shipped WeChat ruleset: how WeChat (微信) chats treated links and share codes, as dated data. */
import type { Ruleset } from '../rule';
import { WECHAT_EVENTS } from './wechat-events';
import { RECORD_ENDS } from './wechat-instants';
import { WECHAT_NOTES } from './wechat-notes';
import { ALIBABA_RULES } from './wechat-rules-alibaba';
import { DOUYIN_CODE_RULES, DOUYIN_LINK_RULES } from './wechat-rules-douyin';
import { OPEN_PLATFORM_RULES, SHARE_CODE_RULES, XIAOHONGSHU_RULES } from './wechat-rules-other';

export const WECHAT_RULESET: Ruleset = {
  format: 1,
  app: 'wechat',
  name: { en: 'WeChat', zh_CN: '微信' },
  scopes: ['private', 'group'],
  recordEnds: RECORD_ENDS,
  rules: [
    ...ALIBABA_RULES,
    ...DOUYIN_LINK_RULES,
    ...DOUYIN_CODE_RULES,
    ...XIAOHONGSHU_RULES,
    ...OPEN_PLATFORM_RULES,
    ...SHARE_CODE_RULES,
  ],
  events: WECHAT_EVENTS,
  notes: WECHAT_NOTES,
};

import * as engineModule from '../../../../src/content/engine';
import type { TextLookup } from '../../../../src/content/i18n';
import { DEFAULT_SETTINGS, type parseSettings } from '../../../../src/shared/settings';

export type Settings = ReturnType<typeof parseSettings>['settings'];
export type ParsedSettings = ReturnType<typeof parseSettings>;
export type Engine = typeof engineModule;

/** A fresh engine object (the module namespace itself cannot be spied on). */
export function makeEngine(): Engine {
  return { ...engineModule };
}

/** Message lookup stand-in: the key, with its substitutions in brackets. */
export const t: TextLookup = (key, substitutions) =>
  substitutions && substitutions.length > 0 ? `${key}[${substitutions.join('|')}]` : key;

/** Default settings with some fields changed. */
export function settings(change: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, disabledSites: [], customRulesets: [], ...change };
}

export function parsed(change: Partial<Settings> = {}): ParsedSettings {
  return { settings: settings(change), repaired: [] };
}

/** Links with known WeChat outcomes (see src/core/data/rulesets/wechat-rules-*.ts). */
export const URLS = {
  taobao: 'https://item.taobao.com/item.htm?id=1',
  jd: 'https://item.jd.com/100.html',
  douyinVideo: 'https://www.douyin.com/video/123',
  douyinShop: 'https://haohuo.jinritemai.com/views/product/item2?id=1',
  googleTaobao: 'https://www.google.com/url?q=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D2',
  plain: 'https://example.com/page',
  lookalike: 'https://item.taobao.com.evil.example/x',
} as const;

/** A share code as Taobao's app writes it. */
export const TAOBAO_CODE = '￥MDGGba1MLQh￥';

import { NOTES_CODES, TAOBAO_TOPSDK_PASSWORDS, WUDI_DOUYIN_REPORT } from './link-sources';
import type { Source } from './source';

/** Words near a delimited share code that name the app it belongs to. */
export interface CodeContextRule {
  platform: string;
  /** Lower-case words; any one of them within the context window decides. */
  keywords: readonly string[];
  sources: readonly Source[];
}

/** How far (UTF-16 units) on each side of a code its context reaches. */
export const CODE_CONTEXT_WINDOW = 100;

/**
 * Rules tried in order for codes in the Alibaba formats (currency signs, emoji, parentheses,
 * Chinese characters): 淘口令 are Alibaba codes and count as `taobao` unless the text around
 * them says otherwise. JD codes in their own "20:/！…！" format need no context.
 */
export const CODE_CONTEXT_RULES: readonly CodeContextRule[] = [
  { platform: 'tmall', keywords: ['喵口令'], sources: [TAOBAO_TOPSDK_PASSWORDS] },
  { platform: 'xiaohongshu', keywords: ['小红书', 'xhslink'], sources: [WUDI_DOUYIN_REPORT] },
  { platform: 'xianyu', keywords: ['闲鱼', 'goofish'], sources: [NOTES_CODES] },
  { platform: 'jd', keywords: ['京东', '京口令'], sources: [NOTES_CODES] },
  { platform: 'tmall', keywords: ['天猫', 'tmall'], sources: [TAOBAO_TOPSDK_PASSWORDS] },
];

/** Platform of an Alibaba-format code when no context rule applies. */
export const DEFAULT_CODE_PLATFORM = 'taobao';

/**
 * A code between two Chinese characters ("啊5NKkX84wYdk啊") counts only near one of these words,
 * since ordinary Chinese prose often has a model name between two characters.
 */
export const HAN_DELIMITER_KEYWORDS: readonly string[] = [
  'tb.cn',
  '淘',
  '寳',
  '天猫',
  '闲鱼',
  '口令',
];

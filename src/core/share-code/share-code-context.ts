import {
  JD_APP_SHARE_3CN,
  JD_COMMAND_2021,
  NOTES_CODES,
  TAOBAO_TOPSDK_PASSWORDS,
  WUDI_DOUYIN_REPORT,
  XIANYU_SHARE_TEXT,
} from '../classify/link-sources';
import type { Source } from '../policy/source';

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
  // The header the app itself puts first in a share text names it, whatever the title says.
  { platform: 'xianyu', keywords: ['【闲鱼】'], sources: [XIANYU_SHARE_TEXT] },
  { platform: 'tmall', keywords: ['【天猫】'], sources: [TAOBAO_TOPSDK_PASSWORDS] },
  {
    platform: 'taobao',
    keywords: ['【淘宝】', '【手机淘宝】'],
    sources: [TAOBAO_TOPSDK_PASSWORDS],
  },
  { platform: 'jd', keywords: ['【京东】'], sources: [JD_APP_SHARE_3CN] },
  { platform: 'xiaohongshu', keywords: ['小红书', 'xhslink'], sources: [WUDI_DOUYIN_REPORT] },
  {
    platform: 'xianyu',
    keywords: ['闲鱼', '咸鱼', 'goofish'],
    sources: [NOTES_CODES, XIANYU_SHARE_TEXT],
  },
  {
    platform: 'jd',
    // JD's texts of 2021 spell 京东 with look-alike characters (亰#栋, 猄】崠, 倞東, 婛岽).
    keywords: [
      '京东',
      '京東',
      '京口令',
      '京豆',
      '复制整段话',
      '亰',
      '猄',
      '倞',
      '婛',
      '崠',
      '椋東',
    ],
    sources: [NOTES_CODES, JD_COMMAND_2021],
  },
  { platform: 'tmall', keywords: ['天猫', 'tmall'], sources: [TAOBAO_TOPSDK_PASSWORDS] },
];

/** Platform of an Alibaba-format code when no context rule applies. */
export const DEFAULT_CODE_PLATFORM = 'taobao';

/**
 * Length of the bodies of JD's codes of 2021 ("￥m3QnuAb2Rb￥", "#R4burF7MFa@"); 淘口令 have 11
 * or more characters. A code of this length counts as JD's when no context rule applies.
 */
export const JD_BODY_LENGTH = 10;

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

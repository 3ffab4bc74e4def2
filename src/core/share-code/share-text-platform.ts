import type { Classification, ShareCodeMatch } from '../classify/classification';
import { platformById, sharedByOf } from '../classify/host-match';
import { appNamedAround } from './share-code';

/**
 * Makes the record of a share text with a platform link consistent with its share codes:
 * - a link on a domain shared by several apps of one owner (tb.cn) takes the app the text names
 *   around it (its 【闲鱼】 header, a Xianyu code, 闲鱼…), and says so in `basis`;
 * - when a code still names another platform than the link, `basis` says the verdict follows the
 *   link, which is what a tap in the chat opens.
 * `linked` is the text's first platform link, changed in place.
 */
export function reconcileShareText(
  text: string,
  linked: Classification,
  codes: readonly ShareCodeMatch[],
): void {
  const domainPlatform = linked.platform;
  if (domainPlatform === null || linked.domain === null) return;
  const sharedBy = sharedByOf(linked.domain);
  if (sharedBy !== undefined) {
    const at = Math.max(0, text.indexOf(linked.domain));
    const named =
      appNamedAround(text, at, at + linked.domain.length) ??
      codes.find((code) => sharedBy.includes(code.platform))?.platform ??
      null;
    const platform = named === null ? undefined : platformById(named);
    if (
      platform !== undefined &&
      sharedBy.includes(platform.id) &&
      platform.id !== domainPlatform
    ) {
      linked.platform = platform.id;
      linked.owner = platform.owner;
      linked.category = platform.category;
      linked.basis = { follows: 'text', linkPlatform: domainPlatform, codePlatform: null };
    }
  }
  const other = codes.find((code) => code.platform !== linked.platform);
  if (other !== undefined) {
    linked.basis = {
      follows: linked.basis?.follows ?? 'link',
      linkPlatform: linked.basis?.linkPlatform ?? null,
      codePlatform: other.platform,
    };
  }
}

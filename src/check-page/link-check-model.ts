/**
 * The verdict for one link chosen from the context menu, and whether the page badged it; when it
 * did not, why (the link is no known platform's, the extension is off there, the link's category
 * is hidden, the content script could not reach that page or frame, or it had not seen the link).
 * Pure.
 */

import { classify } from '../core/classify/classify';
import type { Locale } from '../core/localized';
import type { Ruleset } from '../core/policy/rule';
import { type CheckRecord, checkRecord } from '../core/record/check-record';
import type { TabReport } from '../shared/messages';
import { isActiveOn, type Settings } from '../shared/settings';

export type NotBadgedReason =
  | 'not-platform'
  | 'off-everywhere'
  | 'off-site'
  | 'category-hidden'
  | 'unreachable'
  | 'not-seen';

export interface LinkCheck {
  record: CheckRecord;
  badged: boolean;
  reason: NotBadgedReason | null;
  /** The site of the frame the link was in, when known. */
  hostname: string;
}

export function linkCheck(
  url: string,
  settings: Settings,
  ruleset: Ruleset,
  at: number,
  report: TabReport | null,
  frameId: number | null,
  locale: Locale,
): LinkCheck {
  const record = checkRecord(classify(url, undefined, { warnings: true }), ruleset, at, locale);
  const frames = report?.frames ?? [];
  const frame = frames.find((entry) => entry.frameId === (frameId ?? 0));
  const top = frames.find((entry) => entry.frameId === 0);
  const hostname = (frame ?? top)?.hostname ?? '';
  // The settings come first: a report from before the site was switched off may still list it.
  let reason: NotBadgedReason | null = null;
  if (record.verdicts === null) reason = 'not-platform';
  else if (!settings.enabled) reason = 'off-everywhere';
  else if (hostname !== '' && !isActiveOn(settings, hostname)) reason = 'off-site';
  else if (settings.categories === 'ecommerce' && record.category === 'content') {
    reason = 'category-hidden';
  } else if (!frame) reason = 'unreachable';
  else if (
    !frame.active ||
    !frame.items.some((item) => item.kind === 'url' && item.input === url)
  ) {
    reason = 'not-seen';
  }
  return { record, badged: reason === null, reason, hostname };
}

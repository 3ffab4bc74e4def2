import { catalogLocale, type MessageLookup, t } from '../ui/i18n';
import { rememberMessages } from './remembered-messages';

export type { MessageLookup };

/** The content script's _locales lookup: the same catalog as every extension page's. */
export const message: MessageLookup = rememberMessages(t);

/** The locale of the chosen message catalog, for data texts (explanations, platform names). */
export const uiLocale = catalogLocale;

import { catalogLocale, type TextLookup, t } from '../ui/i18n';
import { rememberTexts } from './remembered-texts';

export type { TextLookup };

/** The content script's i18n lookup (_locales), remembered: the same catalog as every extension page's. */
export const lookupText: TextLookup = rememberTexts(t);

/** The locale of the chosen catalog, for data texts (explanations, platform names). */
export const uiLocale = catalogLocale;

import type { Locale } from '../localized';
import { PLATFORMS } from './platforms';
import { WRAPPERS } from './wrappers';

const platformsById = new Map(PLATFORMS.map((platform) => [platform.id, platform]));
const wrappersById = new Map(WRAPPERS.map((wrapper) => [wrapper.id, wrapper]));

/** The platform's name in the locale, or its id when the table does not know it. */
export function platformName(id: string, locale: Locale): string {
  return platformsById.get(id)?.name[locale] ?? id;
}

/** The wrapper's short name in the locale ("Google redirect"), or its id. */
export function wrapperName(id: string, locale: Locale): string {
  return wrappersById.get(id)?.name[locale] ?? id;
}

/** The "Check in Chat Link Lens" item of the context menu of links. */
import type { Menus, Tabs } from 'webextension-polyfill';

export const MENU_ID = 'check-link';

/** What the menu needs from the browser (a stand-in in unit tests). */
export interface MenuApi {
  removeAll(): Promise<void>;
  create(properties: { id: string; title: string; contexts: ['link'] }): unknown;
}

/** Creates the item afresh (menus outlive the background in both browsers; no duplicates). */
export async function createMenu(menus: MenuApi, title: string): Promise<void> {
  await menus.removeAll();
  menus.create({ id: MENU_ID, title, contexts: ['link'] });
}

export type OpenCheck = (url: string, tabId: number | null, frameId: number | null) => unknown;

/** The menu's click: checks the link that was right-clicked, in the frame it was in. */
export function onMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined, open: OpenCheck) {
  if (info.menuItemId !== MENU_ID || !info.linkUrl) return;
  const tabId = typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
  const frameId = typeof info.frameId === 'number' ? info.frameId : null;
  return open(info.linkUrl, tabId, frameId);
}

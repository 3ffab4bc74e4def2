import { describe, expect, it, vi } from 'vitest';
import type { Menus, Tabs } from 'webextension-polyfill';
import { checkPageUrl } from '../../../src/background/check-page-url';
import { createMenu, MENU_ID, onMenuClick } from '../../../src/background/context-menu';

describe('the context menu item', () => {
  it('is created afresh on links, with its title', async () => {
    const calls: string[] = [];
    const menus = {
      removeAll: vi.fn(async () => {
        calls.push('removeAll');
      }),
      create: vi.fn((properties: object) => {
        calls.push(JSON.stringify(properties));
      }),
    };
    await createMenu(menus, 'Check in Chat Link Lens');
    expect(calls).toEqual([
      'removeAll',
      JSON.stringify({ id: MENU_ID, title: 'Check in Chat Link Lens', contexts: ['link'] }),
    ]);
  });

  it('checks the clicked link in its tab and frame', () => {
    const open = vi.fn();
    const info = {
      menuItemId: MENU_ID,
      linkUrl: 'https://u.jd.com/x',
      frameId: 12884901889,
    } as Menus.OnClickData;
    onMenuClick(info, { id: 7 } as Tabs.Tab, open);
    expect(open).toHaveBeenCalledWith('https://u.jd.com/x', 7, 12884901889);
  });

  it('checks a link even without a tab (e.g. a link in the browser itself)', () => {
    const open = vi.fn();
    onMenuClick(
      { menuItemId: MENU_ID, linkUrl: 'https://a.example/' } as Menus.OnClickData,
      undefined,
      open,
    );
    expect(open).toHaveBeenCalledWith('https://a.example/', null, null);
  });

  it('ignores other menu items and clicks without a link', () => {
    const open = vi.fn();
    onMenuClick(
      { menuItemId: 'other', linkUrl: 'https://a.example/' } as Menus.OnClickData,
      undefined,
      open,
    );
    onMenuClick({ menuItemId: MENU_ID } as Menus.OnClickData, undefined, open);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the check page with the link, tab and frame in its query', () => {
    const url = new URL(
      checkPageUrl('chrome-extension://abc/', 'https://a.example/?q=1&r=2', 7, 0),
    );
    expect(url.pathname).toBe('/check.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      url: 'https://a.example/?q=1&r=2',
      tab: '7',
      frame: '0',
    });
    expect(checkPageUrl('moz-extension://u/', 'https://a.example/', null, null)).toBe(
      'moz-extension://u/check.html?url=https%3A%2F%2Fa.example%2F',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { popupTabId } from '../../../src/popup/popup-tab';

describe('popupTabId', () => {
  const active = async () => 41;

  it('describes the active tab when no tab is named', async () => {
    expect(await popupTabId('', active)).toBe(41);
    expect(await popupTabId('', async () => undefined)).toBeNull();
  });

  it('describes the tab named by ?tab=<id> (an extension page in a tab of its own)', async () => {
    expect(await popupTabId('?tab=7', active)).toBe(7);
    expect(await popupTabId('?tab=12884901889', active)).toBe(12884901889);
  });

  it('describes no tab for a malformed id', async () => {
    expect(await popupTabId('?tab=-1', active)).toBeNull();
    expect(await popupTabId('?tab=abc', active)).toBeNull();
    expect(await popupTabId('?tab=99999999999999999', active)).toBeNull();
  });
});

import browser from 'webextension-polyfill';
import { type ParsedSettings, parseSettings, type Settings, settingsWrites } from './settings';

/** Reads one storage area; a failing area (e.g. sync switched off by policy) reads as empty. */
async function readArea(area: 'sync' | 'local'): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage[area].get(null)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The stored settings, each broken field replaced by its default (listed in `repaired`). */
export async function loadSettings(): Promise<ParsedSettings> {
  const [sync, local] = await Promise.all([readArea('sync'), readArea('local')]);
  return parseSettings({ ...sync, ...local });
}

/** Stores a partial change; fields go to their own area. Sync falls back to local if it fails. */
export async function saveSettings(change: Partial<Omit<Settings, 'version'>>): Promise<void> {
  const writes = settingsWrites(change);
  if (Object.keys(writes.sync).length > 0) {
    try {
      await browser.storage.sync.set(writes.sync);
    } catch {
      await browser.storage.local.set(writes.sync);
    }
  }
  if (Object.keys(writes.local).length > 0) await browser.storage.local.set(writes.local);
}

/** Calls `listener` with fresh settings whenever a settings key changes in any area. */
export function onSettingsChanged(listener: (parsed: ParsedSettings) => void): () => void {
  const handler = (changes: Record<string, unknown>) => {
    if (!Object.keys(changes).some((key) => key.startsWith('settings.'))) return;
    loadSettings().then(listener, () => {});
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

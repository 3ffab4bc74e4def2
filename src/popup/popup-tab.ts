/**
 * Which tab the popup describes. The toolbar popup describes the active tab of its window.
 * popup.html?tab=<id> describes tab <id> instead: an extension page opened in a tab of its own
 * (as the end-to-end tests do) is not a popup, and its own tab is the active one.
 */
export async function popupTabId(
  search: string,
  activeTabId: () => Promise<number | undefined>,
): Promise<number | null> {
  const requested = new URLSearchParams(search).get('tab');
  if (requested !== null) {
    const id = /^\d{1,16}$/.test(requested) ? Number(requested) : Number.NaN;
    return Number.isSafeInteger(id) ? id : null;
  }
  return (await activeTabId()) ?? null;
}

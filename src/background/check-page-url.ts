/** The address of the link check page for one link: check.html?url=…&tab=…&frame=… */
export function checkPageUrl(
  base: string,
  url: string,
  tabId: number | null,
  frameId: number | null,
): string {
  const params = new URLSearchParams({ url });
  if (tabId !== null) params.set('tab', String(tabId));
  if (frameId !== null) params.set('frame', String(frameId));
  return `${base}check.html?${params}`;
}

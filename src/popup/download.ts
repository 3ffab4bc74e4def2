/** Saves text as a file through a link with a download name (no "downloads" permission needed). */
export function downloadText(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "chat-link-lens-example.com-2021-11-29.csv"; "now" when no date is chosen. */
export function exportFileName(hostname: string, policyDate: string | null, extension: string) {
  const site = hostname.replace(/[^a-z0-9.-]/gi, '_') || 'page';
  return `chat-link-lens-${site}-${policyDate ?? 'now'}.${extension}`;
}

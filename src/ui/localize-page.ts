/**
 * Fills static page text from the message catalog, always as text, never as HTML:
 * data-i18n sets the text, data-i18n-label sets aria-label, data-i18n-title sets title.
 */
export function localizePage(root: ParentNode, message: (key: string) => string): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = message(element.dataset.i18n ?? '');
    if (text) element.textContent = text;
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const text = message(element.dataset.i18nLabel ?? '');
    if (text) element.setAttribute('aria-label', text);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) {
    const text = message(element.dataset.i18nTitle ?? '');
    if (text) element.title = text;
  }
}

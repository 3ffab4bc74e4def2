/** Fills every element that has a data-i18n key with that message (as text, never as HTML). */
export function localizePage(root: ParentNode, message: (key: string) => string): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = message(element.dataset.i18n ?? '');
    if (text) element.textContent = text;
  }
}

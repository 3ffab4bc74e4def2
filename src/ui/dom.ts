/** A tiny element builder: text goes in as text nodes, never as HTML. */
type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  id?: string;
  text?: string;
  attrs?: Record<string, string>;
  dataset?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.id) element.id = options.id;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {}))
    element.setAttribute(name, value);
  for (const [name, value] of Object.entries(options.dataset ?? {})) element.dataset[name] = value;
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Replaces an element's children, putting focus back on the element with the same data-key. */
export function replaceKeepingFocus(container: Element, children: Node[]): void {
  const active = container.ownerDocument.activeElement;
  const key =
    active instanceof HTMLElement && container.contains(active) ? active.dataset.key : undefined;
  container.replaceChildren(...children);
  if (key === undefined) return;
  const again = [...container.querySelectorAll<HTMLElement>('[data-key]')].find(
    (element) => element.dataset.key === key,
  );
  again?.focus();
}

/** A link to an outside source: only http(s) addresses become links; anything else is text. */
export function sourceLink(title: string, url: string): HTMLElement {
  if (!/^https?:\/\//i.test(url)) return h('span', { text: url ? `${title} (${url})` : title });
  return h('a', {
    text: title,
    attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' },
  });
}

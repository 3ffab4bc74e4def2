import { isLink, LINK_SELECTOR, type LinkElement } from '../../../../src/content/scan/link-finder';

/**
 * Every link in `root`, the root itself included when it is one: what the page scanner looks at
 * in a subtree (LINK_SELECTOR, and isLink for the root), at once.
 */
export function findLinks(root: ParentNode): LinkElement[] {
  const links = [...root.querySelectorAll<LinkElement>(LINK_SELECTOR)];
  if (root instanceof Element && isLink(root)) links.unshift(root);
  return links;
}

/** The attribute on <html> that says the content script ran in this document. */
const READY_ATTRIBUTE = 'data-cll-ready';

export function markReady(doc: Document): void {
  doc.documentElement?.setAttribute(READY_ATTRIBUTE, '1');
}

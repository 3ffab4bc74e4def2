/**
 * happy-dom 20 differs from browsers in three ways the content script meets: it has no
 * SVGAElement class (an SVG <a> is a plain SVGElement there), querySelectorAll throws on namespace
 * attribute selectors such as `a[*|href]`, and `document` and shadow roots are not instances of
 * the window's `Document` and `DocumentFragment`. These shims restore browser
 * semantics, so the unit tests exercise the content script's own logic; real browsers run
 * test/e2e.
 *
 * Importing this module installs the shims (once) in the current happy-dom window.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const globals = globalThis as unknown as Record<string, unknown>;

/** A stand-in constructor: `x instanceof SVGAElement` is true for <a> elements in the SVG namespace. */
function SVGAElementShim(): never {
  throw new TypeError('Illegal constructor');
}
Object.defineProperty(SVGAElementShim, Symbol.hasInstance, {
  value: (value: unknown): boolean =>
    value instanceof Element && value.namespaceURI === SVG_NS && value.localName === 'a',
});

function installSvgAnchor(): void {
  if (typeof globals.SVGAElement === 'function') return;
  globals.SVGAElement = SVGAElementShim;
  // SVGAElement.href is an SVGAnimatedString; this one reflects the plain `href` attribute only
  // (the content script falls back to xlink:href on its own).
  if (!('href' in SVGElement.prototype)) {
    Object.defineProperty(SVGElement.prototype, 'href', {
      configurable: true,
      get(this: Element) {
        if (this.localName !== 'a') return undefined;
        const value = this.getAttribute('href') ?? '';
        return { baseVal: value, animVal: value };
      },
    });
  }
}

/** Rewrites `x[*|name]` (any namespace) into `x[name], x[xlink\:name]`, which happy-dom reads. */
export function withoutNamespaceSelectors(selector: string): string {
  if (!selector.includes('*|')) return selector;
  return selector
    .split(',')
    .flatMap((part) => {
      const match = /^\s*([a-z]*)\[\*\|([a-z-]+)\]\s*$/i.exec(part);
      if (!match) {
        if (part.includes('*|')) throw new Error(`dom-shims cannot rewrite selector "${part}"`);
        return [part];
      }
      const [, tag, name] = match;
      return [`${tag}[${name}]`, `${tag}[xlink\\:${name}]`];
    })
    .join(', ');
}

function installNamespaceSelectors(): void {
  const patched = new Set<object>();
  for (const type of [Element, Document, DocumentFragment]) {
    let proto: object | null = type.prototype;
    while (proto && !Object.hasOwn(proto, 'querySelectorAll')) proto = Object.getPrototypeOf(proto);
    if (!proto || patched.has(proto)) continue;
    patched.add(proto);
    const target = proto as { querySelectorAll(selector: string): NodeListOf<Element> };
    const original = target.querySelectorAll;
    target.querySelectorAll = function (this: ParentNode, selector: string) {
      return original.call(this, withoutNamespaceSelectors(selector));
    };
  }
}

function needsNamespaceShim(): boolean {
  try {
    document.createElement('div').querySelectorAll('a[*|href]');
    return false;
  } catch {
    return true;
  }
}

/**
 * In browsers `document instanceof Document` and `shadowRoot instanceof DocumentFragment` hold;
 * in happy-dom the document's and shadow roots' classes do not extend the window's Document and
 * DocumentFragment. Make instanceof also accept nodes of the matching node type.
 */
function installNodeTypeInstanceof(
  type: typeof Document | typeof DocumentFragment,
  nodeType: number,
  sample: Node,
): void {
  if (sample instanceof type) return;
  const native = Function.prototype[Symbol.hasInstance];
  Object.defineProperty(type, Symbol.hasInstance, {
    configurable: true,
    value(this: typeof type, value: unknown): boolean {
      return (
        native.call(this, value) ||
        (this === type && value instanceof Node && value.nodeType === nodeType)
      );
    },
  });
}

if (typeof document !== 'undefined') {
  installNodeTypeInstanceof(Document, Node.DOCUMENT_NODE, document);
  installNodeTypeInstanceof(
    DocumentFragment,
    Node.DOCUMENT_FRAGMENT_NODE,
    document.createElement('div').attachShadow({ mode: 'open' }),
  );
  installSvgAnchor();
  if (needsNamespaceShim()) installNamespaceSelectors();
}

import { parseHTML } from 'linkedom';

/** Browsers stop nesting elements at this depth (Chromium's parser limit). */
const MAX_DEPTH = 512;
/** Longer `style` attributes are dropped: linkedom splits them in quadratic time. */
const MAX_STYLE_LENGTH = 10_000;
/** Elements a browser keeps in `<head>`; anything else there starts the implied `<body>`. */
const HEAD_TAGS = new Set(['BASE', 'LINK', 'META', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE']);

/**
 * Parses an HTML string into a Document the extraction layer can read, in Node,
 * as if it had been loaded from `url`.
 *
 * linkedom rather than jsdom: it parses and runs Readability two to three times
 * faster, and the extraction layer uses only standard DOM calls both implement.
 * Where linkedom's tree differs from a browser's in ways that matter, it is brought
 * in line here: an implied `<body>`, the parser's nesting limit, and the document's
 * address (`documentURI`, and `baseURI` honouring `<base href>`, which Readability
 * uses to make links absolute).
 */
export function parseHtml(html: string, url: string): Document {
  let document = parseHTML(html).document as unknown as Document;
  // Without an <html> tag, linkedom makes the first element the root; browsers imply <html>.
  if (document.documentElement?.tagName.toUpperCase() !== 'HTML') {
    document = parseHTML(`<html>${html}</html>`).document as unknown as Document;
  }
  implyBody(document);
  gatherStrayContent(document);
  boundTree(document.documentElement);

  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  let baseURI = url;
  try {
    if (baseHref) baseURI = new URL(baseHref, url).href;
  } catch {
    // An unparsable <base> is ignored by browsers too.
  }
  Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  Object.defineProperty(document, 'baseURI', { value: baseURI, configurable: true });
  return document;
}

/**
 * Gives a page without a `<body>` tag the body a browser would: everything after
 * the head's own elements. linkedom leaves such content outside any body, where
 * Readability either fails or finds nothing.
 */
function implyBody(document: Document): void {
  const root = document.documentElement;
  // `document.body` and `document.head` are not to be trusted here: linkedom answers
  // them even when the tree has no such element.
  const childNamed = (name: string) => Array.from(root?.children ?? []).find((child) => child.tagName.toUpperCase() === name);
  if (!root || childNamed('BODY')) return;
  const body = document.createElement('body');
  const head = childNamed('HEAD');
  if (head) {
    const firstBodyChild = Array.from(head.childNodes).find(
      (node) => node.nodeType === 1 && !HEAD_TAGS.has((node as Element).tagName.toUpperCase()),
    );
    for (let node = firstBodyChild ?? null; node !== null; ) {
      const next: ChildNode | null = node.nextSibling;
      body.append(node);
      node = next;
    }
  }
  for (const node of Array.from(root.childNodes)) {
    if (node !== head) body.append(node);
  }
  root.append(body);
}

/**
 * Moves what sits in `<html>` outside both `<head>` and `<body>` (an element a
 * browser extension injected before `<head>` when the page was saved) into the body,
 * where a browser's parser puts it, and the head back in first place. linkedom
 * finds the head only as the first element and the body only right after it, and
 * otherwise makes empty ones: the whole article would read as blank.
 */
function gatherStrayContent(document: Document): void {
  const root = document.documentElement;
  const children = Array.from(root?.childNodes ?? []);
  const isElement = (name: string) => (node: ChildNode): boolean => node.nodeType === 1 && (node as Element).tagName.toUpperCase() === name;
  const head = children.find(isElement('HEAD'));
  const body = children.find(isElement('BODY')) as Element | undefined;
  if (!root || body === undefined) return;
  const bodyAt = children.indexOf(body);
  const stray = children.filter((node) => node !== head && node !== body && (node.nodeType === 1 || (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '')));
  body.prepend(...stray.filter((node) => children.indexOf(node) < bodyAt));
  body.append(...stray.filter((node) => children.indexOf(node) > bodyAt));
  if (head !== undefined && root.firstElementChild !== head) root.prepend(head);
}

/**
 * Flattens what lies deeper than a browser's parser would nest (keeping its text)
 * and drops pathological `style` attributes, so a hostile page costs the CLI what
 * it costs a browser. Iterative: the tree may be deeper than the call stack.
 */
function boundTree(root: Element | null): void {
  if (!root) return;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    const style = element.getAttribute('style');
    if (style !== null && style.length > MAX_STYLE_LENGTH) element.removeAttribute('style');
    if (depth >= MAX_DEPTH) {
      if (element.firstElementChild) {
        const text = element.textContent ?? '';
        element.textContent = text;
      }
      continue;
    }
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
}

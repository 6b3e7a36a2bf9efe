import type { MicrodataProp } from '../../snapshot/article-snapshot';
import { clip, isInvisible, metadataElements, resolveHref, squash } from './dom-text';

const MAX_PROPS = 300;
const MAX_VALUE = 300;

/** The value a microdata/RDFa property element carries, per the attribute that holds it. */
function propertyValue(element: Element): string {
  const content = element.getAttribute('content');
  if (content !== null) return content;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TIME') return element.getAttribute('datetime') ?? element.textContent ?? '';
  // <data value> holds its machine value by the HTML rules; <abbr title> by microformat habit.
  if (tag === 'DATA' && element.hasAttribute('value')) return element.getAttribute('value') ?? '';
  if (tag === 'ABBR' && element.hasAttribute('title')) return element.getAttribute('title') ?? '';
  if (element.hasAttribute('itemscope') || element.hasAttribute('typeof')) {
    // A nested item (a Person, an Organization) is named by its own `name` property.
    const name = element.querySelector('[itemprop~="name"], [property~="name"], [property$=":name"]');
    if (name !== null) return name.getAttribute('content') ?? name.textContent ?? '';
  }
  const text = element.textContent ?? '';
  if (squash(text) !== '') return text;
  if (tag === 'A' || tag === 'LINK') return element.getAttribute('href') ?? '';
  return '';
}

function propertyHref(element: Element, pageUrl: string): string | null {
  const own = element.getAttribute('href');
  if (own !== null) return resolveHref(own, pageUrl);
  const url = element.querySelector('[itemprop~="url"], a[href]');
  if (url === null) return null;
  return resolveHref(url.getAttribute('href') ?? url.getAttribute('content'), pageUrl);
}

function insideInvisible(element: Element): boolean {
  for (let current: Element | null = element; current !== null; current = current.parentElement) {
    const tag = current.tagName.toUpperCase();
    // <meta> and <link> carry microdata by design; only hidden body text is suspect.
    if (tag !== 'META' && tag !== 'LINK' && isInvisible(current)) return true;
  }
  return false;
}

/** Microdata (`itemprop`) and RDFa (`property` outside `<meta>`) properties with their item type. */
export function collectMicrodata(source: Document | readonly Element[], pageUrl: string): MicrodataProp[] {
  const elements = metadataElements(source);
  const props: MicrodataProp[] = [];
  for (const element of elements) {
    if (props.length >= MAX_PROPS) break;
    // RDFa `property` counts outside <meta>, where Open Graph uses the same attribute.
    if (!element.hasAttribute('itemprop') && (element.tagName.toUpperCase() === 'META' || !element.hasAttribute('property'))) continue;
    if (insideInvisible(element)) continue;
    const names = (element.getAttribute('itemprop') ?? element.getAttribute('property') ?? '').trim();
    if (names === '') continue;
    const scope = element.parentElement?.closest('[itemtype], [typeof]') ?? null;
    const itemType = scope?.getAttribute('itemtype') ?? scope?.getAttribute('typeof') ?? null;
    const value = clip(squash(propertyValue(element)), MAX_VALUE);
    const href = propertyHref(element, pageUrl);
    for (const prop of names.split(/\s+/)) {
      props.push({ itemType, prop, value, href });
    }
  }
  return props;
}

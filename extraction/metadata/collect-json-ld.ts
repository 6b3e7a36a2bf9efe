import { clip, metadataElements } from './dom-text';

const MAX_BLOCKS = 30;
const MAX_BLOCK_CHARS = 200_000;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f]+/g;

/**
 * Parses every JSON-LD block. Pages often wrap them in HTML comments or CDATA, or
 * leave raw control characters in strings; those wrappers are tolerated, anything
 * else that does not parse is counted, not kept.
 */
export function collectJsonLd(source: Document | readonly Element[]): { jsonLd: unknown[]; jsonLdErrors: number } {
  const elements = metadataElements(source);
  const jsonLd: unknown[] = [];
  let jsonLdErrors = 0;
  const scripts = elements.filter((script) =>
    script.tagName.toUpperCase() === 'SCRIPT' &&
    /^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? ''),
  );
  for (const script of scripts.slice(0, MAX_BLOCKS)) {
    const source = clip(script.textContent ?? '', MAX_BLOCK_CHARS)
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      // Raw newlines and tabs inside strings are invalid JSON but common in CMS output.
      .replace(CONTROL_CHARACTERS, ' ');
    if (source.trim() === '') continue;
    try {
      jsonLd.push(JSON.parse(source));
    } catch {
      jsonLdErrors++;
    }
  }
  return { jsonLd, jsonLdErrors };
}

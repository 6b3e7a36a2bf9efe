import { clip, metadataElements } from './dom-text';

const MAX_BLOCKS = 30;
const MAX_BLOCK_CHARS = 200_000;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f]+/g;

/**
 * Parses every JSON-LD block. Pages often wrap them in HTML comments or CDATA, leave
 * raw control characters in strings, or close one brace too many; those slips are
 * tolerated, anything else that does not parse is counted, not kept.
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
    const parsed = parseJson(source) ?? parseJson(firstValue(source));
    if (parsed === undefined) jsonLdErrors++;
    else jsonLd.push(parsed);
  }
  return { jsonLd, jsonLdErrors };
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch {
    return undefined;
  }
}

/** The first complete object or array of a block, without what trails it (a stray "}", a second object). */
function firstValue(source: string): string {
  const start = source.search(/[[{]/);
  if (start === -1) return '';
  let depth = 0;
  let inString = false;
  for (let index = start; index < source.length; index++) {
    const char = source[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return source.slice(start, index + 1);
    }
  }
  return '';
}

import type { BlockKind, BlockLink, BodyBlock } from '../snapshot/article-snapshot';

/** Elements that hold one block of text; their nearest such ancestor names the block's kind. */
const LEAF_BLOCK_KINDS: Readonly<Record<string, BlockKind>> = {
  P: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  TD: 'table-cell',
  TH: 'table-cell',
  PRE: 'preformatted',
};

/** Elements that end the current block without holding text of their own kind. */
const CONTAINER_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DETAILS', 'DIV', 'DL', 'FIELDSET',
  'FIGURE', 'FOOTER', 'FORM', 'HEADER', 'HR', 'MAIN', 'NAV', 'OL', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Accumulates one block's text with whitespace collapsed as it goes, so link offsets stay right. */
class BlockBuilder {
  text = '';
  readonly links: BlockLink[] = [];

  constructor(readonly kind: BlockKind) {}

  append(raw: string): void {
    let chunk = raw.replace(/\s+/g, ' ');
    if (chunk.startsWith(' ') && (this.text === '' || this.text.endsWith(' '))) chunk = chunk.slice(1);
    this.text += chunk;
  }

  /** The block with trailing space removed, or null when it holds no text. */
  finish(): BodyBlock | null {
    const text = this.text.trimEnd();
    if (text === '') return null;
    const links = this.links
      .map((link) => ({ ...link, end: Math.min(link.end, text.length) }))
      .filter((link) => link.end > link.start);
    return { kind: this.kind, text, links };
  }
}

/**
 * Splits an article element (Readability's output) into text blocks with their
 * links. Offsets of links index into the block text, which is what the rules
 * quote and what the page layer re-anchors.
 */
export function bodyBlocks(root: Element, pageUrl: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let current: BlockBuilder | null = null;

  const flush = (): void => {
    const block = current?.finish();
    if (block) blocks.push(block);
    current = null;
  };

  const walk = (node: Node, inQuote: boolean, inlineKind: BlockKind): void => {
    if (node.nodeType === TEXT_NODE) {
      const raw = node.nodeValue ?? '';
      if (raw.trim() === '' && current === null) return;
      current ??= new BlockBuilder(inlineKind);
      current.append(raw);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;

    if (tag === 'BR') {
      current?.append(' ');
      return;
    }

    const leafKind = LEAF_BLOCK_KINDS[tag];
    if (leafKind !== undefined || CONTAINER_TAGS.has(tag)) {
      flush();
      const quote = inQuote || tag === 'BLOCKQUOTE';
      const childKind: BlockKind = quote ? 'quote' : (leafKind ?? 'paragraph');
      if (leafKind !== undefined) current = new BlockBuilder(childKind);
      for (const child of Array.from(element.childNodes)) walk(child, quote, childKind);
      flush();
      return;
    }

    if (tag === 'A' && element.hasAttribute('href')) {
      const href = resolveHref(element.getAttribute('href') ?? '', pageUrl);
      current ??= new BlockBuilder(inlineKind);
      const builder: BlockBuilder = current;
      if (builder.text !== '' && !builder.text.endsWith(' ') && /^\s/.test(element.textContent ?? '')) {
        builder.append(' ');
      }
      const start = builder.text.length;
      for (const child of Array.from(element.childNodes)) walk(child, inQuote, inlineKind);
      if (href !== null && current === builder) {
        const end = builder.text.trimEnd().length;
        builder.links.push({
          href,
          text: builder.text.slice(start, end),
          start,
          end,
          rel: element.getAttribute('rel') ?? '',
        });
      }
      return;
    }

    for (const child of Array.from(element.childNodes)) walk(child, inQuote, inlineKind);
  };

  walk(root, false, 'paragraph');
  flush();
  return blocks;
}

/** An absolute http(s) URL, or null for links that lead nowhere (javascript:, #, broken). */
function resolveHref(href: string, pageUrl: string): string | null {
  try {
    const url = new URL(href, pageUrl);
    if (url.protocol === 'javascript:') return null;
    return url.href;
  } catch {
    return null;
  }
}

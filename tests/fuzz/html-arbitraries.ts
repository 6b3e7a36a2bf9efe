/**
 * fast-check arbitraries for hostile HTML: text full of unusual code points,
 * JSON-LD of any shape (or none), mutations of real pages, and tag soup.
 */
import fc from 'fast-check';

/** Code points that have broken text handling elsewhere: controls, bidi, joiners, lone surrogates, line separators. */
const WEIRD_CHARS = [
  '\u0000', '\u0007', '\u0085', '\u00a0', '\u00ad', '\u200b', '\u200d', '\u200e', '\u202e', '\u2028', '\u2029',
  '\u2060', '\ufeff', '\ufffd', '\ud800', '\udfff', 'e\u0301', '\u{1d54f}', '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}',
  '\ufdfd', '\u0644\u0627', '\u3000', '\r', '\t', '&', '&amp;', '&#0;', '&#x110000;', '&nbsp;', '<', '>', '"', "'",
  '«', '»', '“', '”', '’', '[', ']', '%', '€', '1 000', '42,5 %', '\\', '`',
];

export const weirdText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...WEIRD_CHARS), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 20 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** A JSON-LD block: schema.org-shaped objects whose fields hold anything, or text that is not JSON at all. */
export const jsonLdBlock: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      '@context': fc.oneof(fc.constant('https://schema.org'), fc.jsonValue({ maxDepth: 2 })),
      '@type': fc.oneof(fc.constantFrom('NewsArticle', 'Article', 'Person', 'WebPage', 'BlogPosting'), fc.jsonValue({ maxDepth: 2 })),
      headline: fc.oneof(weirdText, fc.jsonValue({ maxDepth: 3 })),
      author: fc.jsonValue({ maxDepth: 4 }),
      datePublished: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), weirdText, fc.jsonValue({ maxDepth: 2 })),
      publisher: fc.jsonValue({ maxDepth: 3 }),
      '@graph': fc.jsonValue({ maxDepth: 4 }),
    }, { requiredKeys: [] })
    .map((value) => JSON.stringify(value)),
  fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)),
  fc.constantFrom('{"@type":"NewsArticle","headline":"cut', '', 'null', '[[[[[[[[[[[[[[[[[[[[', '{"author":"</script><script>window.pwned=1</script>"}'),
  fc.nat({ max: 3000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  weirdText,
);

type Tokens = string[];

/**
 * Nesting added by one mutation; up to eight can stack, so a page gets at most 800
 * levels more. Browsers' parsers stop nesting at 512; deeper documents (an overflow
 * near 2,300 levels) and giant `style` attributes are known to stall or break the
 * Node path (docs/robustness.md), so the general properties stay below them.
 */
const MAX_NESTING = 100;
type Mutation = (tokens: Tokens) => Tokens;

const TAG_NAMES = ['div', 'p', 'span', 'a', 'article', 'section', 'table', 'tr', 'td', 'ul', 'li', 'blockquote', 'h1', 'h2', 'time', 'script', 'style', 'template', 'noscript', 'iframe', 'frameset', 'svg', 'math', 'textarea', 'plaintext', 'xmp', 'select', 'form', 'base', 'meta', 'link', 'title'];

const tagName = fc.constantFrom(...TAG_NAMES);

/** A position in the token list (taken modulo its length when applied). */
const position = fc.nat();

function at(tokens: Tokens, index: number): number {
  return tokens.length === 0 ? 0 : index % tokens.length;
}

const mutations: fc.Arbitrary<Mutation>[] = [
  position.map((i) => (tokens: Tokens) => tokens.filter((_, k) => k !== at(tokens, i))),
  fc.tuple(position, fc.integer({ min: 1, max: 50 })).map(([i, times]) => (tokens: Tokens) => {
    const k = at(tokens, i);
    return [...tokens.slice(0, k), ...Array<string>(times).fill(tokens[k] ?? ''), ...tokens.slice(k)];
  }),
  fc.tuple(position, position, fc.integer({ min: 1, max: MAX_NESTING }), tagName).map(([i, j, depth, tag]) => (tokens: Tokens) => {
    const [from, to] = [at(tokens, i), at(tokens, j)].sort((a, b) => a - b) as [number, number];
    return [...tokens.slice(0, from), `<${tag}>`.repeat(depth), ...tokens.slice(from, to), `</${tag}>`.repeat(depth), ...tokens.slice(to)];
  }),
  fc.tuple(position, weirdText).map(([i, text]) => (tokens: Tokens) => {
    const k = at(tokens, i);
    return [...tokens.slice(0, k), text, ...tokens.slice(k)];
  }),
  fc.tuple(position, fc.constantFrom('class', 'id', 'href', 'content', 'datetime', 'itemprop', 'data-x'), fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom('a', 'by ', '"', '&amp;', ' ')).map(
    ([i, name, length, unit]) => (tokens: Tokens) => {
      const k = tokens.findIndex((token, index) => index >= at(tokens, i) && /^<[a-z]/i.test(token));
      if (k < 0) return tokens;
      const giant = `${name}="${unit.repeat(Math.ceil(length / unit.length)).replace(/"/g, '&quot;')}"`;
      return tokens.map((token, index) => (index === k ? token.replace(/^<([a-z][^\s/>]*)/i, `<$1 ${giant}`) : token));
    },
  ),
  fc.tuple(position, jsonLdBlock).map(([i, json]) => (tokens: Tokens) => {
    const k = at(tokens, i);
    return [...tokens.slice(0, k), `<script type="application/ld+json">${json}</script>`, ...tokens.slice(k)];
  }),
  fc.tuple(position, fc.constantFrom('meta property="article:published_time" content', 'meta name="author" content', 'time datetime', 'span class="byline" title', 'link rel="canonical" href', 'a rel="author" href', 'meta itemprop="datePublished" content'), weirdText).map(
    ([i, prefix, value]) => (tokens: Tokens) => {
      const k = at(tokens, i);
      const escaped = value.replace(/"/g, '&quot;');
      return [...tokens.slice(0, k), `<${prefix}="${escaped}">${value}`, ...tokens.slice(k)];
    },
  ),
  fc.tuple(position, tagName, fc.boolean()).map(([i, tag, closing]) => (tokens: Tokens) => {
    const k = at(tokens, i);
    return [...tokens.slice(0, k), closing ? `</${tag}>` : `<${tag}>`, ...tokens.slice(k)];
  }),
  fc.tuple(position, tagName).map(([i, tag]) => (tokens: Tokens) => {
    const k = tokens.findIndex((token, index) => index >= at(tokens, i) && /^<\/?[a-z]/i.test(token));
    if (k < 0) return tokens;
    return tokens.map((token, index) => (index === k ? token.replace(/^<(\/?)[a-z][^\s/>]*/i, `<$1${tag}`) : token));
  }),
  fc.tuple(position, fc.integer({ min: 1, max: 40 })).map(([i, length]) => (tokens: Tokens) => {
    // Cuts a span of tokens out: truncated documents, lost closing tags.
    const k = at(tokens, i);
    return [...tokens.slice(0, k), ...tokens.slice(k + length)];
  }),
];

/** Tags and the text between them, so mutations keep tags whole (or break them on purpose). */
export function tokenize(html: string): Tokens {
  return html.split(/(<[^>]*>)/).filter((token) => token !== '');
}

const BODY_OPEN = /^<body[\s>]/i;
const BODY_CLOSE = /^<\/body\s*>/i;

/**
 * A base page with 1 to 8 mutations applied in turn to what is inside its `<body>`:
 * the document's own `<html>`, `<head>` and `<body>` tags stay, because Node's
 * parser does not imply a missing `<body>` as browsers do (a known issue with its
 * own test). Everything between them is fair game.
 */
export function mutatedPage(bases: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...bases), fc.array(fc.oneof(...mutations), { minLength: 1, maxLength: 8 })).map(([base, steps]) => {
    const tokens = tokenize(base);
    const open = tokens.findIndex((token) => BODY_OPEN.test(token)) + 1;
    const close = tokens.findIndex((token) => BODY_CLOSE.test(token));
    const end = close < open ? tokens.length : close;
    const inner = steps.reduce((body, step) => step(body), tokens.slice(open, end));
    return [...tokens.slice(0, open), ...inner, ...tokens.slice(end)].join('');
  });
}

/** Tag soup from nothing: random elements, attributes and text, nested at random. */
export const randomPage: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      weirdText,
      fc
        .tuple(tagName, fc.array(fc.tuple(fc.constantFrom('class', 'id', 'rel', 'href', 'itemprop', 'itemtype', 'itemscope', 'property', 'content', 'datetime', 'lang', 'type'), weirdText), { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }))
        .map(([tag, attributes, children]) => `<${tag}${attributes.map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join('')}>${children.join('')}</${tag}>`),
    ),
  }))
  .node.map((body) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

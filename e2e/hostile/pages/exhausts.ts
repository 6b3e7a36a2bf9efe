import { articlePage, WEAK_PARAGRAPHS } from './article';

/** 6,000 nested arrays in one 12 KB JSON-LD block: valid JSON, deeper than Chromium's message serialisation goes. */
export function deepJsonLdPage(): string {
  const depth = 6000;
  return articlePage({ head: `<meta name="author" content="Margaret Okafor"><script type="application/ld+json">${'['.repeat(depth)}${']'.repeat(depth)}</script>` });
}

export const LINK_COUNT = 20_000;

/** The article followed by 2,000 paragraphs of 10 cited links each. */
export function manyLinksPage(): string {
  const paragraphs = Array.from({ length: LINK_COUNT / 10 }, (_, p) => {
    const links = Array.from({ length: 10 }, (_, l) => `<a href="https://records.example.org/ward/${p}/${l}">record ${p}.${l}</a>`);
    return `<p>The tide tables for ward ${p} were checked against ${links.join(', ')} before the vote.</p>`;
  });
  return articlePage({ extraParagraphs: paragraphs.join('\n') });
}

export const WEAK_PARAGRAPH_COUNT = 3000;

/** The article followed by 3,000 short paragraphs that each hold two weak passages (about 417 KB). */
export function weakParagraphsPage(): string {
  const paragraphs = Array.from(
    { length: WEAK_PARAGRAPH_COUNT },
    (_, i) => `<p>Experts say flooding in district ${i} of the borough cost local shops £${(i % 90) + 10} million last year, one senior official at the council said.</p>`,
  );
  return articlePage({ extraParagraphs: `${WEAK_PARAGRAPHS}\n${paragraphs.join('\n')}` });
}

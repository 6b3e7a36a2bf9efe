/**
 * The article every hostile page builds on: real provenance metadata and
 * paragraphs the rules flag (an unsourced figure, an unnamed official, "experts
 * say"), so each page has marks to attack. Parts are slots a page fills with its payload.
 */
export interface ArticleSlots {
  /** Text of the headline and `<title>`; escaped here, so markup in it stays text, as in a real page's title. */
  title?: string;
  /** Raw markup, as the page's author wrote it (the payload goes here). */
  head?: string;
  bylineName?: string;
  beforeArticle?: string;
  afterArticle?: string;
  extraParagraphs?: string;
}

export const ARTICLE_TITLE = 'Riverside council approves flood barrier after two-year delay';
export const ARTICLE_AUTHOR = 'Margaret Okafor';

export const WEAK_PARAGRAPHS = `
<p>Riverside Borough Council has approved an £18 million tidal barrier for Millbrook Quay, ending a two-year delay that left hundreds of homes and shops exposed to winter storm surges.</p>
<p>The full council voted 31 to 9 on Thursday evening to fund the scheme, according to the <a href="https://democracy.riverside.gov.uk/meetings/2026-03-12/minutes.pdf">published minutes of the meeting</a>. Construction is due to start in September and take eighteen months.</p>
<p>Flooding cost local businesses £4.2 million last year, and nearly one in five shops on the quay closed for more than a week.</p>
<p>“The modelling was never shown to the full council, and several of us voted on trust,” one senior official at the council said.</p>
<p>Experts say the barrier could cut the risk of a major flood on the quay by more than half, although the council has not published the modelling behind that estimate.</p>
<p>Councillor Priya Raman, the cabinet member for environment, said the vote was “the most important decision this council will take this decade”. Opposition members argued the money should have gone to upstream defences, which a <a href="https://doi.org/10.5281/zenodo.7654321">2024 study by the University of Southmoor</a> found cheaper per home protected.</p>
<p>The council said it would hold drop-in sessions for residents at the quay library from 2 April, and publish the barrier's design before work starts.</p>`;

export function articlePage(slots: ArticleSlots = {}): string {
  const title = escapeHtml(slots.title ?? ARTICLE_TITLE);
  const author = slots.bylineName ?? ARTICLE_AUTHOR;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${title} | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2026-03-14T08:30:00+00:00">
${slots.head ?? `<meta name="author" content="${ARTICLE_AUTHOR}">`}
</head>
<body>
<header><a href="/">The Harbour Gazette</a> <nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
${slots.beforeArticle ?? ''}
<main>
<article class="story">
<h1 class="headline">${title}</h1>
<div class="byline">By <a rel="author" class="author-name" href="/authors/margaret-okafor">${author}</a> · <time class="published" datetime="2026-03-14T08:30:00+00:00">14 March 2026</time></div>
<div class="article-body">
${WEAK_PARAGRAPHS}
${slots.extraParagraphs ?? ''}
</div>
</article>
</main>
${slots.afterArticle ?? ''}
<footer><a href="/about/">About us</a> · <a href="/corrections/">Corrections</a></footer>
</body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

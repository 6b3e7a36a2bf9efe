import type { CorpusPage } from './corpus-pages';

const HEAD = /<head\b[\s\S]*?<\/head>/i;
const ANCHOR = /<a\b[^>]*>[\s\S]*?<\/a>/gi;
/** What makes a head an article's rather than a site's: its JSON-LD and its article, author and date tags. */
const ARTICLE_HEAD_TAGS = /<script\b[^>]*ld\+json[^>]*>[\s\S]*?<\/script>|<meta\b[^>]*(?:article:|author|date|og:type)[^>]*>/gi;
const MAX_TEASERS = 60;

/**
 * Pages a reader may click the button on that are not articles, for the reject
 * timing: each corpus page turned into its site's "home page" (its real `<head>`,
 * less the tags that describe the article, so metadata collection costs about what
 * it costs there, and a body of teaser links taken from the page itself), plus synthetic search, category, login and shop pages.
 */
export function nonArticlePages(corpus: readonly CorpusPage[]): CorpusPage[] {
  const variants = corpus.map((page) => ({ id: `${page.id}#home`, url: homeUrl(page.url), html: homeVariant(page.html) }));
  return [...variants, ...syntheticPages()];
}

function homeUrl(url: string): string {
  try {
    return new URL('/', url).href;
  } catch {
    return 'https://example.invalid/';
  }
}

function homeVariant(html: string): string {
  const head = (HEAD.exec(html)?.[0] ?? '<head><title>Home</title></head>').replace(ARTICLE_HEAD_TAGS, '');
  const teasers = (html.match(ANCHOR) ?? []).slice(0, MAX_TEASERS).map((link) => `<li class="teaser">${link}</li>`);
  return `<!doctype html><html>${head}<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><h1>Latest</h1><ul>${teasers.join('')}</ul></main><footer>© Site</footer></body></html>`;
}

function page(id: string, title: string, body: string): CorpusPage {
  return { id, url: `https://news.example.org/${id}`, html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>` };
}

function repeat(count: number, item: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => item(i)).join('');
}

function syntheticPages(): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const count of [10, 30, 60]) {
    pages.push(
      page(`search-${count}`, 'Search results', `<form><input name="q" value="floods"></form><ol>${repeat(count, (i) => `<li><a href="/a/${i}">Result ${i}: river levels</a><p>Snippet ${i} about floods…</p></li>`)}</ol>`),
      page(`category-${count}`, 'World — News', `<h1>World</h1>${repeat(count, (i) => `<article class="card"><h2><a href="/w/${i}">Headline number ${i}</a></h2><time datetime="2026-11-2${i % 10}">Nov ${i}</time></article>`)}`),
      page(`shop-${count}`, 'Shop', `<div class="grid">${repeat(count, (i) => `<div class="product"><img src="/p/${i}.jpg" alt=""><a href="/p/${i}">Mug ${i}</a><span>€${i}.00</span><button>Add</button></div>`)}</div>`),
    );
  }
  pages.push(
    page('login', 'Sign in', '<form><label>E-mail <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button></form>'),
    page('not-found', 'Page not found', '<h1>404</h1><p>This page does not exist.</p><a href="/">Home</a>'),
    page('sitemap', 'Sitemap', `<ul>${repeat(200, (i) => `<li><a href="/s/${i}">Section ${i}</a></li>`)}</ul>`),
  );
  return pages;
}

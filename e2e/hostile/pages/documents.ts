import { articlePage } from './article';

/** Documents that are not an HTML article in the top frame. */
export function framesetPage(): string {
  return `<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/article.html?frame=1"><frame src="/article.html?frame=2"></frameset></html>`;
}

export function iframePage(): string {
  return `<!doctype html><html lang="en"><head><title>Embed</title></head><body><p>Our story, embedded below.</p><iframe src="/article.html?in-iframe=1" width="800" height="600"></iframe></body></html>`;
}

export function svgDocument(): string {
  return `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><title>Chart of river levels</title><text x="10" y="40">Experts say river levels rose by 40% last year.</text><rect x="10" y="60" width="300" height="40" fill="#0b3d5c"/></svg>`;
}

export function xmlFeed(): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>The Harbour Gazette</title><item><title>Flood barrier approved</title><author>Margaret Okafor</author><description>Experts say the barrier could cut the risk by half.</description></item></channel></rss>`;
}

/** An article that leaves for another page shortly after it loads, so the analysis meets a navigation. */
export function navigatesAwayPage(): string {
  return articlePage({
    afterArticle: `<script>setTimeout(() => { location.href = '/article.html?after-navigation=1'; }, 150);</script>`,
  });
}

export { articlePage };

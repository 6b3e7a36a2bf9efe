import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE_DIRS = ['tests/fixtures', 'e2e/fixtures'];

function htmlFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** A small article with every kind of metadata the extraction reads, so mutations always have something to break. */
const INLINE_ARTICLE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Inondations : la digue cède | Le Journal</title>
<meta property="og:site_name" content="Le Journal"><meta property="article:published_time" content="2026-11-14T08:00:00+01:00">
<meta name="author" content="Jeanne Dupont"><link rel="canonical" href="https://journal.example.fr/2026/11/14/digue.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"La digue cède","author":{"@type":"Person","name":"Jeanne Dupont"},"datePublished":"2026-11-14T08:00:00+01:00"}</script>
</head><body><header><nav><a href="/">Accueil</a></nav></header><article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">La digue cède</h1><p class="byline">Par <a rel="author" href="/auteurs/jeanne-dupont">Jeanne Dupont</a>, <time datetime="2026-11-14">le 14 novembre 2026</time></p>
<p>Des rapports indiquent que la digue était fragile depuis des années. Selon des experts, 40 % des ouvrages sont concernés.</p>
<p>« Nous avions prévenu », affirme un responsable. [Source officielle] <a href="https://www.ecologie.gouv.fr/rapport.pdf">Le rapport du ministère</a> le confirme.</p>
<blockquote>Il faut agir, disent les habitants.</blockquote><ul><li>Premier point</li><li>Second point [réf. nécessaire]</li></ul>
<table><tr><td>2025</td><td>12 000 €</td></tr></table></article><footer><a href="/mentions-legales">Mentions légales</a></footer></body></html>`;

/**
 * The pages the mutation fuzzer starts from: the project's saved article fixtures
 * (sourcing and e2e), which look like the pages the extension meets, and one
 * inline page dense with metadata.
 */
export function basePages(): string[] {
  const files = FIXTURE_DIRS.flatMap((dir) => htmlFiles(join(REPO_ROOT, dir))).sort();
  return [INLINE_ARTICLE, ...files.map((file) => readFileSync(file, 'utf8'))];
}

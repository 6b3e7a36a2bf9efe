import { articlePage } from './article';

/**
 * Page CSS aimed at the extension's marks and tooltip: everything inside the
 * article's paragraphs hidden, marks reset with `all: unset` and made invisible,
 * the tooltip host hidden, and a banner with the largest z-index there is.
 */
export function hostileCssPage(): string {
  return articlePage({
    head: `<style>
.article-body p * { display: none !important; }
sourcelightmark, sourcelight-mark, [data-warning-index] { all: unset !important; visibility: hidden !important; opacity: 0 !important; background: none !important; text-decoration: none !important; }
html > div, sourcelight-tooltip, [role="tooltip"] { display: none !important; }
* { z-index: 2147483647 !important; }
.banner { position: fixed; top: 0; left: 0; right: 0; height: 48px; background: #b00; color: #fff; z-index: 2147483647 !important; }
</style>`,
    beforeArticle: '<div class="banner">Subscribe now!</div>',
  });
}

import { PACKS } from '../../languages/registry';
import type { ArticleVocabulary } from './article-vocabulary';

/**
 * Every language whose article labels the rules read, from the language packs. All
 * are consulted whatever the page's language: French sites file opinion under
 * `/opinion/` too.
 */
export const ARTICLE_VOCABULARIES: readonly ArticleVocabulary[] = PACKS.flatMap(({ lang, articleTypes }) =>
  articleTypes === undefined
    ? []
    : [{ lang, sections: articleTypes.sections ?? {}, headlineLabels: articleTypes.headlineLabels ?? {}, paywallNotices: articleTypes.paywallNotices ?? [] }],
);

import type { ArticleVocabulary } from './article-vocabulary';
import { en } from './vocabulary-en';
import { fr } from './vocabulary-fr';

/**
 * Every language whose article labels the rules read. All are consulted whatever the
 * page's language: French sites file opinion under `/opinion/` too.
 */
export const ARTICLE_VOCABULARIES: readonly ArticleVocabulary[] = [en, fr];

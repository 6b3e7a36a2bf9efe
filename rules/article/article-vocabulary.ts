import type { ArticleType } from '../../report/schema';

/** The types a page's own words can declare; news is what an article is when nothing says otherwise, wire copy is read from its credits. */
export type DeclaredType = Exclude<ArticleType, 'news' | 'wire' | 'other'>;

/**
 * What one language says about the kind of article a page is. Every entry is
 * compared in lower case with accents removed, as whole words.
 */
export interface ArticleVocabulary {
  lang: string;
  /** Names of the sections (and of the address's folders) that hold one kind of article. */
  sections: Partial<Record<DeclaredType, readonly string[]>>;
  /** Labels a headline or page title opens with ("Opinion: …", « EN DIRECT – … »). */
  headlineLabels: Partial<Record<DeclaredType, readonly string[]>>;
  /** Sentences that say the rest of the text is for subscribers only. */
  paywallNotices: readonly string[];
}

/** How one citation style writes a web article's reference; words and punctuation are the style's, not the UI's. */
export interface CitationStyle {
  /** BCP 47 tag dates are written in. */
  locale: string;
  openQuote: string;
  closeQuote: string;
  /** Before "accessed": « consulté le », "accessed". */
  accessed: string;
  /** Written for a page with no date: « s. d. », "n.d.". */
  noDate: string;
}

export const CITATION_STYLES = {
  // French reference style (as in ISO 690 French usage): « titre », consulté le …
  fr: { locale: 'fr-FR', openQuote: '« ', closeQuote: ' »', accessed: 'consulté le', noDate: 's. d.' },
  // English, Chicago note style: “Title,” … accessed …
  en: { locale: 'en-US', openQuote: '“', closeQuote: '”', accessed: 'accessed', noDate: 'n.d.' },
} as const satisfies Record<string, CitationStyle>;

export type CitationStyleName = keyof typeof CITATION_STYLES;

/**
 * What the options form edits. It mirrors the shell's `Settings` field for field
 * (components may not import the shell), so the page passes its settings straight in.
 */
export type UiLanguageChoice = 'auto' | 'en' | 'fr';

export interface OptionsValues {
  autoSites: string[];
  inlineMarks: boolean;
  hiddenWarningCodes: string[];
  uiLanguage: UiLanguageChoice;
}

/** How adding a site for automatic analysis ended. */
export type AddSiteResult = { status: 'added' | 'denied'; site: string } | { status: 'invalid' };

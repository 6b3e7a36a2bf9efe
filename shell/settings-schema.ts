import * as v from 'valibot';

/** The reader's choices, kept in `storage.sync` so they follow them across browsers. */
export const UI_LANGUAGES = ['auto', 'en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Registrable-looking host names only: no scheme, port, path, wildcard or IP address. */
export const SITE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/;

export interface Settings {
  /** Sites (host names) analysed as soon as a page loads, each with its host permission granted. */
  autoSites: string[];
  /** Whether weak passages are marked in the page. */
  inlineMarks: boolean;
  /** Warning codes the reader chose not to see; new codes are shown until hidden. */
  hiddenWarningCodes: string[];
  uiLanguage: UiLanguage;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoSites: [],
  inlineMarks: true,
  hiddenWarningCodes: [],
  uiLanguage: 'auto',
});

/** Each field falls back on its own, so one corrupt value does not cost the others. */
const SettingsSchema = v.fallback(
  v.object({
    autoSites: v.fallback(v.pipe(v.array(v.pipe(v.string(), v.regex(SITE))), v.maxLength(500)), () => [...DEFAULT_SETTINGS.autoSites]),
    inlineMarks: v.fallback(v.boolean(), DEFAULT_SETTINGS.inlineMarks),
    hiddenWarningCodes: v.fallback(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))), v.maxLength(200)), () => [
      ...DEFAULT_SETTINGS.hiddenWarningCodes,
    ]),
    uiLanguage: v.fallback(v.picklist(UI_LANGUAGES), DEFAULT_SETTINGS.uiLanguage),
  }),
  () => ({ ...DEFAULT_SETTINGS, autoSites: [], hiddenWarningCodes: [] }),
);

/** Whatever storage held, as valid settings: unknown keys dropped, bad values replaced by defaults. */
export function parseSettings(value: unknown): Settings {
  return v.parse(SettingsSchema, value);
}

/**
 * The host permission a site needs: its pages and its subdomains', over HTTPS. It is
 * covered by the manifest's `optional_host_permissions`.
 */
export function sitePermission(site: string): string {
  return `https://*.${site}/*`;
}

/** The reader's site that covers a tab's address, if any. */
export function matchingSite(sites: readonly string[], url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return sites.find((site) => parsed.hostname === site || parsed.hostname.endsWith(`.${site}`)) ?? null;
}

/** Whether a warning of this code is shown (popup, badge, marks) under these settings. */
export function isWarningShown(settings: Settings, code: string): boolean {
  return !settings.hiddenWarningCodes.includes(code);
}

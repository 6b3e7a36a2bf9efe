/** @vitest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, test, vi } from 'vitest';
import { WARNING_CODES } from '../report/warning-codes';
import { localeMessages } from '../tests/helpers/locale-messages';
import OptionsForm from './OptionsForm.svelte';
import { translatorContext } from './i18n';
import type { AddSiteResult, OptionsValues } from './options-values';
import { createTranslator } from '../i18n/translator';

const DEFAULTS: OptionsValues = { autoSites: [], inlineMarks: true, hiddenWarningCodes: [], uiLanguage: 'auto' };

function renderForm(settings: OptionsValues = DEFAULTS, locale = 'en', addResult: AddSiteResult = { status: 'added', site: 'lemonde.fr' }) {
  const callbacks = {
    onChange: vi.fn<(settings: OptionsValues) => Promise<void>>().mockResolvedValue(undefined),
    onAddSite: vi.fn<(input: string) => Promise<AddSiteResult>>().mockResolvedValue(addResult),
    onRemoveSite: vi.fn<(site: string) => Promise<void>>().mockResolvedValue(undefined),
  };
  const result = render(OptionsForm, { props: { settings, ...callbacks }, context: translatorContext(createTranslator(localeMessages(locale))) });
  return { ...result, ...callbacks };
}

/** Lets the callbacks' promises settle and the notice render. */
const settle = async (): Promise<void> => {
  await Promise.resolve();
  await tick();
};

describe('OptionsForm', () => {
  test.each([
    ['en', 'Sourcelight settings', ['Automatic analysis', 'Marks in the page', 'Warnings to show', 'Language'], 'No site is analysed automatically.'],
    ['fr', 'Réglages de Sourcelight', ['Analyse automatique', 'Marques dans la page', 'Avertissements à afficher', 'Langue'], 'Aucun site n’est analysé automatiquement.'],
  ])('%s: headings and empty site list are translated', (locale, title, headings, none) => {
    renderForm(DEFAULTS, locale);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(headings);
    expect(screen.getByTestId('no-sites').textContent).toBe(none);
  });

  test('off by default: no site, marks on, every warning kind ticked, browser language', () => {
    renderForm();
    expect((screen.getByTestId('inline-marks') as HTMLInputElement).checked).toBe(true);
    for (const code of WARNING_CODES) expect((screen.getByTestId(`warning-${code}`) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('language') as HTMLSelectElement).value).toBe('auto');
  });

  test('adding a site asks from within the click, before anything else settles', async () => {
    const { onAddSite } = renderForm();
    await fireEvent.input(screen.getByTestId('site-input'), { target: { value: ' lemonde.fr ' } });
    void fireEvent.click(screen.getByTestId('add-site'));
    expect(onAddSite).toHaveBeenCalledWith(' lemonde.fr ');
  });

  test.each<[string, AddSiteResult, string, boolean, string]>([
    ['added', { status: 'added', site: 'lemonde.fr' }, 'lemonde.fr will be analysed automatically.', false, ''],
    ['denied', { status: 'denied', site: 'lemonde.fr' }, 'Access to lemonde.fr was not allowed, so it was not added.', true, 'lemonde.fr'],
    ['invalid', { status: 'invalid' }, '“lemonde.fr” is not a site name. Type a domain such as lemonde.fr.', true, 'lemonde.fr'],
  ])('a site %s says so', async (_name, result, text, problem, inputAfter) => {
    renderForm(DEFAULTS, 'en', result);
    await fireEvent.input(screen.getByTestId('site-input'), { target: { value: 'lemonde.fr' } });
    await fireEvent.click(screen.getByTestId('add-site'));
    await settle();
    const notice = screen.getByTestId('options-notice');
    expect(notice.textContent).toBe(text);
    expect(notice.classList.contains('problem')).toBe(problem);
    expect((screen.getByTestId('site-input') as HTMLInputElement).value).toBe(inputAfter);
  });

  test('each site can be removed', async () => {
    const { onRemoveSite } = renderForm({ ...DEFAULTS, autoSites: ['bbc.co.uk', 'lemonde.fr'] });
    const buttons = screen.getAllByTestId('remove-site');
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(['Remove bbc.co.uk', 'Remove lemonde.fr']);
    await fireEvent.click(buttons[1]!);
    expect(onRemoveSite).toHaveBeenCalledWith('lemonde.fr');
  });

  test.each<[string, OptionsValues, (container: HTMLElement) => Promise<unknown>, OptionsValues]>([
    ['marks off', DEFAULTS, () => fireEvent.click(screen.getByTestId('inline-marks')), { ...DEFAULTS, inlineMarks: false }],
    ['hide a warning kind', DEFAULTS, () => fireEvent.click(screen.getByTestId('warning-vague-attribution')), { ...DEFAULTS, hiddenWarningCodes: ['vague-attribution'] }],
    [
      'show a hidden kind again',
      { ...DEFAULTS, hiddenWarningCodes: ['old-story', 'no-date'] },
      () => fireEvent.click(screen.getByTestId('warning-old-story')),
      { ...DEFAULTS, hiddenWarningCodes: ['no-date'] },
    ],
    ['French interface', DEFAULTS, () => fireEvent.change(screen.getByTestId('language'), { target: { value: 'fr' } }), { ...DEFAULTS, uiLanguage: 'fr' }],
  ])('%s saves the new settings', async (_name, settings, act, expected) => {
    const { onChange, container } = renderForm(settings);
    await act(container);
    expect(onChange).toHaveBeenCalledWith(expected);
    await settle();
    expect(screen.getByTestId('options-notice').textContent).toBe('Saved.');
  });

  test('a failed save shows why', async () => {
    const { onChange } = renderForm();
    onChange.mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await fireEvent.click(screen.getByTestId('inline-marks'));
    await settle();
    expect(screen.getByTestId('options-notice').textContent).toBe('Could not save the settings (QUOTA_BYTES_PER_ITEM quota exceeded).');
  });

  test.each(WARNING_CODES.map((code) => [code]))('%s has a translated, explained checkbox', (code) => {
    renderForm(DEFAULTS, 'fr');
    const box = screen.getByTestId(`warning-${code}`);
    const explanation = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(explanation?.textContent?.trim()).toBeTruthy();
    expect(box.closest('label')?.textContent).not.toContain('warning_');
  });
});

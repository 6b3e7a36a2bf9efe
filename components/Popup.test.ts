/** @vitest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import { sampleReport } from '../tests/helpers/sample-report';
import Popup from './Popup.svelte';
import { translatorContext } from './i18n';
import type { PopupView } from './popup-view';
import { localeMessages } from '../tests/helpers/locale-messages';
import { createTranslator } from '../i18n/translator';
import { flagOf, type DismissedFlag } from '../report/dismissals';


function renderPopup(view: PopupView, locale = 'en', isShown: (code: string) => boolean = () => true, dismissed: DismissedFlag[] = []) {
  const callbacks = { onToggleMarks: vi.fn(), onReveal: vi.fn(), onDismiss: vi.fn(), onRetry: vi.fn() };
  const result = render(Popup, {
    props: { view, locale, marksVisible: true, isShown, purify: (html: string) => html, dismissed, ...callbacks },
    context: translatorContext(createTranslator(localeMessages(locale))),
  });
  return { ...result, ...callbacks };
}

const okView = (): PopupView => ({ status: 'ok', report: sampleReport(), marks: { anchored: [0], unanchored: [1] } });

describe('Popup states', () => {
  test('analysing shows progress, busy', () => {
    renderPopup({ status: 'analysing' });
    expect(screen.getByTestId('popup').dataset.state).toBe('analysing');
    expect(screen.getByTestId('popup').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('message').textContent).toBe('Analysing this page…');
  });

  test('ok shows every section with the report values', () => {
    renderPopup(okView());
    expect(screen.getByTestId('title').textContent).toBe('Dockers extend strike as talks stall');
    expect(screen.getByTestId('author').textContent).toContain('Tom Hargreaves');
    expect(screen.getByTestId('published').textContent).toContain('November 14, 2026, 08:45 UTC+00:00');
    expect(screen.getByTestId('verdict-when').textContent).toContain('last week');
    expect(screen.getByTestId('modified').textContent).toContain('Not stated');
    expect(screen.getByTestId('publisher').textContent).toContain('Example News');
    expect(screen.getByTestId('warning-count').dataset.count).toBe('2');
    expect(screen.getByTestId('sources').textContent).toContain('Official or primary documents');
    for (const name of ['Who', 'When', 'Where from', 'What it stands on', 'Weak passages']) {
      expect(screen.getByRole('heading', { name })).toBeTruthy();
    }
  });

  test.each([
    ['en', 'yesterday', 'Correction or editor’s note: '],
    ['fr', 'hier', 'Correction ou note de la rédaction : '],
  ])('%s: a one-day-old article and its correction note', (locale, age, label) => {
    const base = sampleReport();
    const report = sampleReport({
      published: { ...base.published, ageDays: 1 },
      publisher: { ...base.publisher, corrections: ['Correction: an earlier version misnamed the mayor.'] },
    });
    renderPopup({ status: 'ok', report, marks: { anchored: [0], unanchored: [1] } }, locale);
    expect(screen.getByTestId('verdict-when').textContent).toContain(age);
    expect(screen.getByTestId('correction').textContent).toBe(`${label}Correction: an earlier version misnamed the mayor.`);
  });

  test('a weak passage found in the page reveals it; one not found says so and is disabled', async () => {
    const { onReveal } = renderPopup(okView());
    const [found, missing] = screen.getAllByTestId('passage') as HTMLButtonElement[];
    await fireEvent.click(found!);
    expect(onReveal).toHaveBeenCalledWith(0);
    expect(missing!.disabled).toBe(true);
    expect(missing!.textContent).toContain('Not found in the page as displayed');
  });

  test('the marks switch reports the new state', async () => {
    const { onToggleMarks } = renderPopup(okView());
    await fireEvent.click(screen.getByTestId('toggle-marks'));
    expect(onToggleMarks).toHaveBeenCalledWith(false);
  });

  test('not an article: explains, still shows what was read, no marks switch', () => {
    renderPopup({ status: 'not-article', report: sampleReport({ warnings: [] }) });
    expect(screen.getByTestId('popup').dataset.state).toBe('not-article');
    expect(screen.getByTestId('message').textContent).toContain('does not look like an article');
    expect(screen.queryByTestId('toggle-marks')).toBeNull();
    expect(screen.getByTestId('title').textContent).toBe('Dockers extend strike as talks stall');
  });

  test.each([
    ['browser-page', 'does not let extensions read its own pages'],
    ['store-page', 'Extension stores are protected'],
    ['pdf-viewer', 'PDF'],
    ['not-web', 'Only web pages'],
    ['no-access', 'Click the toolbar button'],
  ] as const)('restricted (%s) explains why', (reason, text) => {
    renderPopup({ status: 'restricted', reason });
    expect(screen.getByTestId('popup').dataset.state).toBe('restricted');
    expect(screen.getByTestId('message').textContent).toContain(text);
  });

  test('error says what happened and offers a retry', async () => {
    const { onRetry } = renderPopup({ status: 'error', message: 'the tab was closed' });
    expect(screen.getByTestId('message').textContent).toContain('the tab was closed');
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  test('a reason that ends its own sentence is not followed by a second full stop', () => {
    renderPopup({ status: 'error', message: 'Receiving end does not exist.' });
    expect(screen.getByTestId('message').textContent).toBe('The analysis failed: Receiving end does not exist. Reload the page and try again.');
  });

  test('warning kinds the reader hid are left out of the list and the count', () => {
    renderPopup(okView(), 'en', (code) => code !== 'unsourced-figure');
    expect(screen.getAllByTestId('passage')).toHaveLength(1);
    expect(screen.getByTestId('warning-count').dataset.count).toBe('1');
  });

  test('an analysed article can be exported', () => {
    renderPopup(okView());
    expect(screen.getByRole('button', { name: /Copy summary/ })).toBeTruthy();
  });

  test('French UI', () => {
    renderPopup(okView(), 'fr');
    expect(screen.getByRole('heading', { name: 'Qui' })).toBeTruthy();
    expect(screen.getByTestId('published').textContent).toContain('14 novembre 2026');
    expect(screen.getByTestId('verdict-sources').textContent).toBe('2 sources nommées (1 personne, 1 document) · 1 anonyme');
    expect(screen.getByTestId('warning-count').textContent).toBe('2');
  });

  test.each([
    ['en', 'high', 'Named author'],
    ['en', 'low', 'byline unclear'],
    ['fr', 'low', 'signature incertaine'],
  ] as const)('%s: an author read with %s confidence', (locale, confidence, text) => {
    const base = sampleReport();
    renderPopup({ status: 'ok', report: sampleReport({ author: { ...base.author, confidence } }), marks: { anchored: [], unanchored: [] } }, locale);
    const who = screen.getByTestId('verdict-author');
    if (confidence === 'low') expect(who.textContent).toContain(text);
    else expect(who.textContent).not.toContain('unclear');
  });

  test.each([
    ['en', 'Sponsored content', 'labelled “En partenariat avec The European Commission”'],
    ['fr', 'Contenu sponsorisé', 'mention « En partenariat avec The European Commission »'],
  ])('%s: a sponsored page says so in the verdict, with its label', (locale, label, detail) => {
    const base = sampleReport();
    const report = sampleReport({
      article: { ...base.article, type: 'sponsored', typeEvidence: [] },
      publisher: {
        ...base.publisher,
        sponsored: true,
        evidence: [{ origin: 'visible-text', key: 'sponsored label', raw: 'En partenariat avec The European Commission', value: 'sponsored' }],
      },
      warnings: [{ code: 'sponsored-content', severity: 'high', category: 'provenance', message: 'Sponsored.', anchor: null }],
    });
    renderPopup({ status: 'ok', report, marks: { anchored: [], unanchored: [] } }, locale);
    expect(screen.getByTestId('article-type').textContent?.trim()).toBe(label);
    const warning = screen.getByTestId('verdict-warning');
    expect(warning.dataset.code).toBe('sponsored-content');
    expect(warning.textContent).toContain(detail);
  });

  test.each([
    ['en', 'No source identified'],
    ['fr', 'Aucune source identifiée'],
  ])('%s: links alone are no sources to stand on', (locale, text) => {
    renderPopup({ status: 'ok', report: sampleReport({ sources: [] }), marks: { anchored: [], unanchored: [] } }, locale);
    const sources = screen.getByTestId('verdict-sources');
    expect(sources.textContent).toBe(text);
    expect(sources.parentElement?.classList.contains('bad')).toBe(true);
  });

  test('a truncated excerpt says how much could be read', () => {
    const base = sampleReport();
    renderPopup({ status: 'ok', report: sampleReport({ article: { ...base.article, truncated: true, wordCount: 180 } }), marks: { anchored: [], unanchored: [] } });
    expect(screen.getByTestId('truncated').textContent).toBe('Excerpt only');
    expect(screen.getByTestId('truncated-note').textContent).toContain('180 words');
  });

  test('each source is listed with its role and a link to its first passage', () => {
    renderPopup(okView());
    const [person] = screen.getAllByTestId('source');
    expect(person?.textContent).toContain('Maria Lopez');
    expect(person?.textContent).toContain('general secretary of the dockers’ union');
    expect(person?.querySelector('a')?.getAttribute('href')).toContain('#:~:text=said%20Maria%20Lopez');
  });

  test('evidence names what a reader recognises, not the page’s class names', () => {
    const { container } = renderPopup(okView());
    const evidence = container.querySelector('.evidence')?.textContent ?? '';
    expect(evidence).toContain('By Tom Hargreaves, business correspondent');
    expect(evidence).toContain('NewsArticle.author');
    expect(evidence).not.toContain('.byline');
  });

  test('next and previous step through the flags marked in the page, wrapping round', async () => {
    const { onReveal } = renderPopup({ status: 'ok', report: sampleReport(), marks: { anchored: [0, 1], unanchored: [] } });
    await fireEvent.click(screen.getByTestId('next-flag'));
    await fireEvent.click(screen.getByTestId('next-flag'));
    await fireEvent.click(screen.getByTestId('next-flag'));
    await fireEvent.click(screen.getByTestId('previous-flag'));
    expect(onReveal.mock.calls.map(([index]) => index)).toEqual([0, 1, 0, 1]);
  });

  test('a dismissed flag is shown as dismissed, left out of the count and of the steps, and can be brought back', async () => {
    const report = sampleReport();
    const { onDismiss, onReveal } = renderPopup({ status: 'ok', report, marks: { anchored: [0, 1], unanchored: [] } }, 'en', () => true, [flagOf(report.warnings[0]!)!]);
    const [first] = screen.getAllByTestId('passage-item');
    expect(first?.dataset.dismissed).toBe('true');
    expect(first?.textContent).toContain('Dismissed by you');
    expect(screen.getByTestId('warning-count').dataset.count).toBe('1');
    await fireEvent.click(screen.getByTestId('next-flag'));
    expect(onReveal).toHaveBeenCalledWith(1);
    await fireEvent.click(screen.getByTestId('undo-dismiss'));
    expect(onDismiss).toHaveBeenCalledWith(0, false);
    await fireEvent.click(screen.getByTestId('dismiss'));
    expect(onDismiss).toHaveBeenCalledWith(1, true);
  });

  test('page text is shown as text, never as markup', () => {
    const report = sampleReport({ article: { ...sampleReport().article, title: '<img src=x onerror="window.pwned=1">Title' } });
    const { container } = renderPopup({ status: 'ok', report, marks: { anchored: [], unanchored: [] } });
    expect(screen.getByTestId('title').textContent).toBe('<img src=x onerror="window.pwned=1">Title');
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });
});

/** @vitest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/svelte';
import DOMPurify from 'dompurify';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderHtmlSummary } from '../report/export-html';
import { renderJson } from '../report/export-json';
import { renderMarkdown } from '../report/export-markdown';
import type { Report } from '../report/schema';
import { localeTranslator } from '../tests/helpers/locale-messages';
import { sampleReport } from '../tests/helpers/sample-report';
import ExportPanel from './ExportPanel.svelte';
import { translatorContext } from './i18n';

const purify = (html: string): string => DOMPurify.sanitize(html);
const en = localeTranslator('en');
const writeText = vi.fn<(text: string) => Promise<void>>();
let downloads: Array<{ download: string; href: string }> = [];

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  downloads = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ download: this.download, href: this.href });
  });
});

afterEach(() => vi.restoreAllMocks());

function renderPanel(report: Report = sampleReport(), locale = 'en') {
  return render(ExportPanel, { props: { report, purify }, context: translatorContext(localeTranslator(locale)) });
}

const fileText = (href: string): string => decodeURIComponent(href.slice(href.indexOf(',') + 1));

describe('ExportPanel', () => {
  test.each([
    ['en', ['Copy Markdown', 'Copy JSON', 'Download Markdown', 'Download JSON', 'Download HTML summary'], 'Look up archived copies'],
    ['fr', ['Copier en Markdown', 'Copier en JSON', 'Télécharger en Markdown', 'Télécharger en JSON', 'Télécharger le résumé HTML'], 'Voir les copies archivées'],
  ])('%s: every button and link is translated', (locale, buttons, lookUp) => {
    renderPanel(sampleReport(), locale);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(buttons);
    expect(screen.getByTestId('wayback-look-up').textContent).toBe(lookUp);
  });

  test.each([
    ['copy-markdown', (report: Report) => renderMarkdown(report, en), 'Markdown copied to the clipboard.'],
    ['copy-json', renderJson, 'JSON copied to the clipboard.'],
  ])('%s copies the export and says so', async (testId, renderExport, notice) => {
    const report = sampleReport();
    renderPanel(report);
    await fireEvent.click(screen.getByTestId(testId));
    expect(writeText).toHaveBeenCalledWith(renderExport(report));
    expect(screen.getByTestId('export-notice').textContent).toBe(notice);
  });

  test('a refused clipboard shows the error and points to downloads', async () => {
    writeText.mockRejectedValue(new Error('Document is not focused'));
    renderPanel();
    await fireEvent.click(screen.getByTestId('copy-json'));
    const notice = screen.getByTestId('export-notice');
    expect(notice.textContent).toBe('Could not copy to the clipboard (Document is not focused). Use a download instead.');
    expect(notice.classList.contains('problem')).toBe(true);
  });

  test.each([
    ['download-markdown', 'sourcelight-example.org-2026-11-14.md', 'data:text/markdown;', (report: Report) => renderMarkdown(report, en)],
    ['download-json', 'sourcelight-example.org-2026-11-14.json', 'data:application/json;', (report: Report) => renderJson(report)],
    ['download-html', 'sourcelight-example.org-2026-11-14.html', 'data:text/html;', (report: Report) => renderHtmlSummary(report, purify, en)],
  ])('%s saves %s with the export as content', async (testId, fileName, prefix, renderExport) => {
    const report = sampleReport();
    renderPanel(report);
    await fireEvent.click(screen.getByTestId(testId));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.download).toBe(fileName);
    expect(downloads[0]!.href.startsWith(prefix)).toBe(true);
    expect(fileText(downloads[0]!.href)).toBe(renderExport(report));
    expect(screen.getByTestId('export-notice').textContent).toBe(`Saved as ${fileName}.`);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  test.each([
    ['download-markdown', '.md', (report: Report) => renderMarkdown(report, localeTranslator('fr')), '# Résumé Sourcelight : '],
    ['download-html', '.html', (report: Report) => renderHtmlSummary(report, purify, localeTranslator('fr')), '<!doctype html>\n<html lang="fr">'],
  ])('a French popup: %s saves the summary in French', async (testId, extension, renderExport, start) => {
    const report = sampleReport();
    renderPanel(report, 'fr');
    await fireEvent.click(screen.getByTestId(testId));
    const text = fileText(downloads[0]!.href);
    expect(text).toBe(renderExport(report));
    expect(text.startsWith(start)).toBe(true);
    expect(screen.getByTestId('export-notice').textContent).toBe(`Enregistré sous sourcelight-example.org-2026-11-14${extension}.`);
  });

  test.each([
    ['wayback-look-up', 'https://web.archive.org/web/*/https://news.example.org/2026/11/14/port-strike.html'],
    ['wayback-save', 'https://web.archive.org/save/https://news.example.org/2026/11/14/port-strike.html'],
  ])('%s is a plain link to a new tab', (testId, href) => {
    renderPanel();
    const link = screen.getByTestId(testId) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(href);
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
  });

  test.each([['file:///home/reader/saved.html'], ['javascript:alert(1)']])('no Wayback links for %s', (url) => {
    renderPanel(sampleReport({ url }));
    expect(screen.queryByTestId('wayback-look-up')).toBeNull();
    expect(screen.queryByTestId('wayback-save')).toBeNull();
  });
});

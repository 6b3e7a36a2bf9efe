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
const write = vi.fn<(items: FakeClipboardItem[]) => Promise<void>>();
let downloads: Array<{ download: string; href: string }> = [];

/** jsdom has no ClipboardItem: this one keeps what it was given. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  write.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText, write }, configurable: true });
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  downloads = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ download: this.download, href: this.href });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function renderPanel(report: Report = sampleReport(), locale = 'en') {
  return render(ExportPanel, { props: { report, purify }, context: translatorContext(localeTranslator(locale)) });
}

const fileText = (href: string): string => decodeURIComponent(href.slice(href.indexOf(',') + 1));

describe('ExportPanel', () => {
  test.each([
    [
      'en',
      ['Copy summary', 'Copy JSON', 'Copy citation (French style)', 'Copy citation (English style)', 'Download Markdown', 'Download JSON', 'Download HTML summary'],
      'Look up archived copies',
    ],
    [
      'fr',
      ['Copier le résumé', 'Copier en JSON', 'Copier la référence (style français)', 'Copier la référence (style anglais)', 'Télécharger en Markdown', 'Télécharger en JSON', 'Télécharger le résumé HTML'],
      'Voir les copies archivées',
    ],
  ])('%s: every button and link is translated', (locale, buttons, lookUp) => {
    renderPanel(sampleReport(), locale);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(buttons);
    expect(screen.getByTestId('wayback-look-up').textContent).toBe(lookUp);
  });

  test('copy-json copies the export and says so', async () => {
    const report = sampleReport();
    renderPanel(report);
    await fireEvent.click(screen.getByTestId('copy-json'));
    expect(writeText).toHaveBeenCalledWith(renderJson(report));
    expect(screen.getByTestId('export-notice').textContent).toBe('JSON copied to the clipboard.');
  });

  test('copy-summary puts the HTML summary and the Markdown on the clipboard together', async () => {
    const report = sampleReport();
    renderPanel(report);
    await fireEvent.click(screen.getByTestId('copy-summary'));
    const [[[item]]] = write.mock.calls as [[[FakeClipboardItem]]];
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
    expect(await item.items['text/html']!.text()).toBe(renderHtmlSummary(report, purify, en));
    expect(await item.items['text/plain']!.text()).toBe(renderMarkdown(report, en));
    expect(screen.getByTestId('export-notice').textContent).toBe('Summary copied: formatted in a document, Markdown in plain text.');
  });

  test('without ClipboardItem, copy-summary copies the Markdown as text', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    const report = sampleReport();
    renderPanel(report);
    await fireEvent.click(screen.getByTestId('copy-summary'));
    expect(writeText).toHaveBeenCalledWith(renderMarkdown(report, en));
  });

  test.each([
    ['copy-citation-fr', 'Tom Hargreaves, « Dockers extend strike as talks stall », Example News, 14 novembre 2026, https://news.example.org/2026/11/14/port-strike.html, consulté le 23 novembre 2026.'],
    ['copy-citation-en', 'Tom Hargreaves, “Dockers extend strike as talks stall,” Example News, November 14, 2026, https://news.example.org/2026/11/14/port-strike.html, accessed November 23, 2026.'],
  ])('%s copies the citation and shows it', async (testId, citation) => {
    renderPanel();
    await fireEvent.click(screen.getByTestId(testId));
    expect(writeText).toHaveBeenCalledWith(citation);
    expect(screen.getByTestId('export-notice').textContent).toBe(`Citation copied: ${citation}`);
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

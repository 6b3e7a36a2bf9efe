/** @vitest-environment jsdom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { MarkRequest } from '../messaging/protocol';
import { MAX_MARKS_PER_PAGE } from '../messaging/mark-limit';
import { MARK_TAG } from './highlighter';
import { createMarksController, type MarksController } from './marks-controller';

const ARTICLE = `
  <header><nav><a href="/">Accueil</a></nav></header>
  <article>
    <h1>Le recrutement par l’armée russe</h1>
    <p>Des rapports indiquent que ces promesses sont souvent <a href="/app">séduisantes</a>.</p>
    <div class="share"><button>Partager</button></div>
    <p>«&nbsp;Les promesses de la Russie ne s’accompagnent pas toujours de garanties.&nbsp;» [Source officielle]</p>
    <table><tr><td>2 millions</td><td>de travailleurs</td></tr></table>
    <p>Cet article a été vérifié, recoupé, reformulé et enrichi.</p>
  </article>`;

function request(warningIndex: number, exact: string, extra: Partial<MarkRequest> = {}): MarkRequest {
  return {
    warningIndex,
    anchor: { exact, prefix: '', suffix: '' },
    severity: 'medium',
    label: 'Vague attribution',
    message: `Warning ${warningIndex}`,
    ...extra,
  };
}

const REQUESTS: MarkRequest[] = [
  request(0, 'Des rapports indiquent que ces promesses sont souvent séduisantes'),
  request(2, '"Les promesses de la Russie ne s\'accompagnent pas toujours de garanties." [Source officielle]'),
  request(3, 'Ce passage n’existe pas dans la page'),
  request(5, '2 millions de travailleurs'),
  request(7, 'vérifié, recoupé, reformulé'),
];

function marksOf(warningIndex: number): Element[] {
  return [...document.querySelectorAll(`${MARK_TAG}[data-warning-index="${warningIndex}"]`)];
}

describe('marks controller', () => {
  let controller: MarksController;
  let original: string;

  beforeEach(() => {
    document.body.innerHTML = ARTICLE;
    original = document.body.innerHTML;
    controller = createMarksController(document);
  });

  afterEach(() => {
    controller.destroy();
  });

  test('reports every request as anchored or unanchored', () => {
    expect(controller.mark(REQUESTS)).toEqual({ anchored: [0, 2, 5, 7], unanchored: [3] });
    expect(marksOf(0).map((m) => m.textContent).join('')).toBe(
      'Des rapports indiquent que ces promesses sont souvent séduisantes',
    );
    expect(marksOf(7).map((m) => m.textContent).join('')).toBe('vérifié, recoupé, reformulé');
  });

  test('marking twice leaves no duplicates', () => {
    const first = controller.mark(REQUESTS);
    const count = document.querySelectorAll(MARK_TAG).length;
    expect(controller.mark(REQUESTS)).toEqual(first);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(count);
    expect(marksOf(0).filter((m) => m.querySelector(MARK_TAG))).toHaveLength(0);
  });

  test('marking with fewer requests removes the marks of the others', () => {
    controller.mark(REQUESTS);
    controller.mark([REQUESTS[0] as MarkRequest]);
    expect(marksOf(7)).toHaveLength(0);
    expect(marksOf(0).length).toBeGreaterThan(0);
  });

  test('setVisible(false) restores the page exactly, setVisible(true) draws again', () => {
    controller.mark(REQUESTS);
    const drawn = document.querySelectorAll(MARK_TAG).length;
    controller.setVisible(false);
    expect(document.body.innerHTML).toBe(original);
    controller.setVisible(true);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(drawn);
  });

  test('while hidden, mark() anchors for the summary but draws nothing', () => {
    controller.setVisible(false);
    expect(controller.mark(REQUESTS)).toEqual({ anchored: [0, 2, 5, 7], unanchored: [3] });
    expect(document.body.innerHTML).toBe(original);
    controller.setVisible(true);
    expect(marksOf(2).length).toBeGreaterThan(0);
  });

  test('reveal scrolls to, focuses and reports the mark', () => {
    // jsdom has no scrollIntoView.
    const scrollIntoView = vi.fn();
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: scrollIntoView, configurable: true });
    controller.mark(REQUESTS);
    expect(controller.reveal(5)).toBe(true);
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    expect(scrollIntoView.mock.contexts[0]).toBe(marksOf(5)[0]);
    expect(document.activeElement).toBe(marksOf(5)[0]);
  });

  test.each([
    { name: 'an unanchored warning', warningIndex: 3 },
    { name: 'an unknown warning', warningIndex: 42 },
  ])('reveal is false for $name', ({ warningIndex }) => {
    controller.mark(REQUESTS);
    expect(controller.reveal(warningIndex)).toBe(false);
  });

  test('reveal is false while marks are hidden', () => {
    controller.mark(REQUESTS);
    controller.setVisible(false);
    expect(controller.reveal(0)).toBe(false);
  });

  test('destroy removes marks, tooltip and listeners', () => {
    controller.mark(REQUESTS);
    marksOf(0)[0]?.dispatchEvent(new MouseEvent('mouseenter'));
    expect(document.documentElement.children).toHaveLength(3);
    controller.destroy();
    expect(document.body.innerHTML).toBe(original);
    expect(document.documentElement.children).toHaveLength(2);
    // A mark drawn by hand is no longer explained: no listener is left.
    const stray = document.createElement(MARK_TAG);
    document.body.append(stray);
    stray.dispatchEvent(new MouseEvent('mouseenter'));
    expect(document.documentElement.children).toHaveLength(2);
  });

  test('after destroy, mark() draws nothing and reports all as unanchored', () => {
    controller.destroy();
    expect(controller.mark(REQUESTS)).toEqual({ anchored: [], unanchored: [0, 2, 3, 5, 7] });
    expect(document.querySelector(MARK_TAG)).toBeNull();
  });

  test('past the limit per page, draws the most severe passages and reports the others as over the limit', () => {
    const sentences = Array.from({ length: MAX_MARKS_PER_PAGE + 50 }, (_, i) => `Sentence number ${i} says something.`);
    document.body.innerHTML = `<p>${sentences.join(' ')}</p>`;
    const requests = sentences.map((exact, i) => request(i, exact, { severity: i >= 100 && i < 150 ? 'high' : 'low' }));
    const summary = controller.mark(requests);
    expect(summary.anchored).toHaveLength(MAX_MARKS_PER_PAGE);
    expect(summary.anchored.slice(0, 2)).toEqual([0, 1]);
    expect(summary.anchored).toContain(149);
    expect(summary.unanchored).toEqual([]);
    expect(summary.overLimit).toEqual({ limit: MAX_MARKS_PER_PAGE, warningIndexes: Array.from({ length: 50 }, (_, i) => 200 + i) });
    expect(controller.inspect().marks).toBe(MAX_MARKS_PER_PAGE);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(MAX_MARKS_PER_PAGE);
  });

  test('a document without a body reports all as unanchored', () => {
    const doc = document.implementation.createDocument(null, 'root', null);
    const bodiless = createMarksController(doc);
    expect(bodiless.mark(REQUESTS)).toEqual({ anchored: [], unanchored: [0, 2, 3, 5, 7] });
    bodiless.destroy();
  });
});

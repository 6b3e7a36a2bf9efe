/**
 * What the content script drives: anchors the report's passages in the live page,
 * draws them, explains them on hover and focus, and takes everything away again.
 * Listeners are delegated to the document in the capture phase (so `mouseenter`,
 * `focus` and `blur`, which do not bubble, still reach them) and share one
 * AbortController, so `destroy()` leaves no handler behind.
 */
import { limitMarks, MAX_MARKS_PER_PAGE } from '../messaging/mark-limit';
import type { MarkRequest, MarkSummary } from '../messaging/protocol';
import { anchorQuotes } from './anchoring/anchor-quote';
import { createHighlighter, MARK_TAG, setMarkFocused, type MarkSpec } from './highlighter';
import { createTooltip, type TooltipInspection } from './tooltip';

/** What the controller has drawn, for tests: the page cannot read the tooltip's closed shadow root. */
export interface MarksInspection {
  /** Marks of ours still in the page. */
  marks: number;
  tooltip: TooltipInspection | null;
}

export interface MarksController {
  /**
   * Anchors and draws `requests`, replacing any marks drawn before (analysing twice
   * leaves no duplicates). Every request lands in `anchored` or `unanchored`. While
   * marks are hidden, the requests are anchored (for the summary) but not drawn.
   * Past `MAX_MARKS_PER_PAGE` requests, the most severe are kept and the others
   * reported in `overLimit`.
   */
  mark(requests: readonly MarkRequest[]): MarkSummary;
  /** Off: marks removed and the page restored exactly. On: the last requests drawn again. */
  setVisible(visible: boolean): void;
  /** Scrolls to, pulses and focuses the first mark of a warning; false if it is not drawn. */
  reveal(warningIndex: number): boolean;
  inspect(): MarksInspection;
  /** Removes marks, tooltip and listeners. The controller is unusable afterwards. */
  destroy(): void;
}

function asMark(target: EventTarget | null): HTMLElement | null {
  const node = target as Node | null;
  if (!node || node.nodeType !== 1) return null;
  return (node as Element).localName === MARK_TAG ? (node as HTMLElement) : null;
}

function prefersReducedMotion(doc: Document): boolean {
  const view = doc.defaultView;
  return typeof view?.matchMedia === 'function' && view.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function pulse(mark: HTMLElement): void {
  // Box-shadow, because the background is pinned with !important, which animations cannot override.
  if (typeof mark.animate !== 'function' || prefersReducedMotion(mark.ownerDocument)) return;
  mark.animate(
    [
      { boxShadow: '0 0 0 0 rgba(220, 38, 38, 0.7)' },
      { boxShadow: '0 0 0 8px rgba(220, 38, 38, 0)' },
    ],
    { duration: 700, iterations: 2, easing: 'ease-out' },
  );
}

export function createMarksController(doc: Document): MarksController {
  const highlighter = createHighlighter();
  const tooltip = createTooltip(doc);
  const listeners = new AbortController();
  const requestOf = new WeakMap<Element, MarkRequest>();
  let lastRequests: readonly MarkRequest[] = [];
  let visible = true;
  let destroyed = false;

  function clear(): void {
    tooltip.hide();
    highlighter.removeAll();
  }

  function draw(requests: readonly MarkRequest[]): MarkSummary {
    const summary: MarkSummary = { anchored: [], unanchored: [] };
    const ranges = doc.body ? anchorQuotes(doc.body, requests.map((request) => request.anchor)) : [];
    const specs: MarkSpec[] = [];
    const specRequests: MarkRequest[] = [];
    requests.forEach((request, i) => {
      const range = ranges[i];
      if (!range) {
        summary.unanchored.push(request.warningIndex);
        return;
      }
      summary.anchored.push(request.warningIndex);
      if (!visible) return;
      specs.push({
        range,
        warningIndex: request.warningIndex,
        severity: request.severity,
        description: request.label ? `${request.label}: ${request.message}` : request.message,
      });
      specRequests.push(request);
    });
    highlighter.highlight(specs).forEach((marks, i) => {
      const request = specRequests[i];
      if (request) for (const mark of marks) requestOf.set(mark, request);
    });
    return summary;
  }

  function show(mark: HTMLElement): void {
    const request = requestOf.get(mark);
    if (request) tooltip.show(mark, { label: request.label, message: request.message, severity: request.severity });
  }

  const options = { capture: true, signal: listeners.signal };
  const passive = { ...options, passive: true };
  doc.addEventListener('mouseenter', (event) => {
    const mark = asMark(event.target);
    if (mark) show(mark);
  }, options);
  doc.addEventListener('mouseleave', (event) => {
    if (!asMark(event.target)) return;
    // Leaving a nested mark for its parent mark explains the parent.
    const related = (event as MouseEvent).relatedTarget as Node | null;
    const into = related?.nodeType === 1 ? asMark((related as Element).closest(MARK_TAG)) : null;
    if (into) show(into);
    else tooltip.hide();
  }, options);
  doc.addEventListener('focus', (event) => {
    const mark = asMark(event.target);
    if (!mark) return;
    setMarkFocused(mark, true);
    show(mark);
  }, options);
  doc.addEventListener('blur', (event) => {
    const mark = asMark(event.target);
    if (!mark) return;
    setMarkFocused(mark, false);
    tooltip.hide();
  }, options);
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && tooltip.visible) tooltip.hide();
  }, options);
  doc.addEventListener('scroll', () => tooltip.reposition(), passive);
  doc.defaultView?.addEventListener('resize', () => tooltip.reposition(), passive);

  return {
    mark(requests) {
      if (destroyed) return { anchored: [], unanchored: requests.map((request) => request.warningIndex) };
      clear();
      const { kept, left } = limitMarks(requests);
      lastRequests = kept;
      const summary = draw(lastRequests);
      return left.length > 0 ? { ...summary, overLimit: { limit: MAX_MARKS_PER_PAGE, warningIndexes: left } } : summary;
    },
    setVisible(next) {
      if (destroyed || next === visible) return;
      visible = next;
      if (visible) draw(lastRequests);
      else clear();
    },
    reveal(warningIndex) {
      const pieces = highlighter.marks.filter(
        (m) => m.isConnected && m.getAttribute('data-warning-index') === String(warningIndex),
      );
      const mark = pieces[0];
      if (!mark) return false;
      if (typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'center' });
      for (const piece of pieces) pulse(piece);
      mark.focus({ preventScroll: true });
      // Focus events may not fire while the popup, not the page, has focus.
      show(mark);
      return true;
    },
    inspect() {
      return { marks: highlighter.marks.filter((mark) => mark.isConnected).length, tooltip: tooltip.inspect() };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      listeners.abort();
      clear();
      tooltip.destroy();
      lastRequests = [];
    },
  };
}

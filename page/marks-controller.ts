/**
 * What the content script drives: anchors the report's passages in the live page,
 * draws them, explains them on hover and focus, steps from one to the next from the
 * tooltip's buttons, and takes everything away again.
 * Listeners are delegated to the document in the capture phase (so `mouseenter`,
 * `focus` and `blur`, which do not bubble, still reach them) and share one
 * AbortController, so `destroy()` leaves no handler behind.
 */
import { limitMarks, MAX_MARKS_PER_PAGE } from '../messaging/mark-limit';
import type { MarkRequest, MarkSummary } from '../messaging/protocol';
import { nextFlag } from '../report/next-flag';
import { anchorQuotes } from './anchoring/anchor-quote';
import { createHighlighter, MARK_TAG, setMarkFocused, type MarkSpec } from './highlighter';
import { createTooltip, type StepDirection, type TooltipInspection } from './tooltip';

/** How long the tooltip stays after the pointer leaves its mark: time to cross the gap to its buttons. */
export const HOVER_GRACE_MS = 300;

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

/** The mark itself, or the mark a node sits in. */
function markAround(target: EventTarget | null): HTMLElement | null {
  const node = target as Node | null;
  if (!node || node.nodeType !== 1) return null;
  return asMark((node as Element).closest(MARK_TAG));
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
  const tooltip = createTooltip(doc, {
    step: stepFlag,
    leave(anchor, how) {
      // Tab past the last button: the next Tab from the mark goes on through the page.
      passThrough = how === 'forwards' ? anchor : null;
      (anchor as HTMLElement).focus();
      if (how === 'close') hide();
    },
    pointerLeft(to) {
      if (markAround(to) === null) hideSoon();
    },
  });
  const listeners = new AbortController();
  const requestOf = new WeakMap<Element, MarkRequest>();
  let lastRequests: readonly MarkRequest[] = [];
  let visible = true;
  let destroyed = false;
  /** The mark the tooltip explains. */
  let explained: HTMLElement | null = null;
  /** A mark whose next Tab is not sent into the tooltip: focus has just come back from it. */
  let passThrough: Element | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  function hide(): void {
    clearTimeout(hideTimer);
    explained = null;
    tooltip.hide();
  }

  function clear(): void {
    hide();
    highlighter.removeAll();
  }

  /** Hides the tooltip after a grace period, unless the reader has moved onto it or is using it from the keyboard. */
  function hideSoon(): void {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!tooltip.hovered && !tooltip.focused && (explained === null || doc.activeElement !== explained)) hide();
    }, HOVER_GRACE_MS);
  }

  /** Warning indexes of the flags drawn in the page. */
  function drawnFlags(): number[] {
    return [...new Set(highlighter.marks.filter((m) => m.isConnected).map((m) => Number(m.getAttribute('data-warning-index'))))];
  }

  function reveal(warningIndex: number): boolean {
    const pieces = highlighter.marks.filter((m) => m.isConnected && m.getAttribute('data-warning-index') === String(warningIndex));
    const mark = pieces[0];
    if (!mark) return false;
    if (typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'center' });
    for (const piece of pieces) pulse(piece);
    mark.focus({ preventScroll: true });
    // Focus events may not fire while the popup, not the page, has focus.
    show(mark);
    return true;
  }

  /** Reveals the flag after (1) or before (-1) the one explained, in the order the popup's buttons and the shortcuts use. */
  function stepFlag(direction: StepDirection): void {
    const current = explained === null ? null : (requestOf.get(explained)?.warningIndex ?? null);
    const target = nextFlag(drawnFlags(), current, direction);
    if (target !== null && target !== current) reveal(target);
  }

  function draw(requests: readonly MarkRequest[]): MarkSummary {
    const summary: MarkSummary = { anchored: [], unanchored: [] };
    if (!doc.body) {
      summary.unanchored.push(...requests.map((request) => request.warningIndex));
      return summary;
    }
    const { index, spans } = anchorQuotes(doc.body, requests.map((request) => request.anchor));
    const specs: MarkSpec[] = [];
    const specRequests: MarkRequest[] = [];
    requests.forEach((request, i) => {
      const span = spans[i];
      if (!span) {
        summary.unanchored.push(request.warningIndex);
        return;
      }
      summary.anchored.push(request.warningIndex);
      if (!visible) return;
      specs.push({
        span,
        warningIndex: request.warningIndex,
        severity: request.severity,
        description: [request.label ? `${request.label}: ${request.message}` : request.message, request.hint ?? ''].join(' ').trim(),
      });
      specRequests.push(request);
    });
    highlighter.highlight(index, specs).forEach((marks, i) => {
      const request = specRequests[i];
      if (request) for (const mark of marks) requestOf.set(mark, request);
    });
    return summary;
  }

  function show(mark: HTMLElement): void {
    const request = requestOf.get(mark);
    if (!request) return;
    clearTimeout(hideTimer);
    explained = mark;
    const { label, message, hint, severity } = request;
    tooltip.show(mark, { label, message, hint: hint ?? null, severity, steps: request.steps !== undefined && drawnFlags().length > 1 ? request.steps : null });
  }

  const options = { capture: true, signal: listeners.signal };
  const passive = { ...options, passive: true };
  doc.addEventListener('mouseenter', (event) => {
    const mark = asMark(event.target);
    if (mark) show(mark);
  }, options);
  doc.addEventListener('mouseleave', (event) => {
    if (!asMark(event.target)) return;
    const related = (event as MouseEvent).relatedTarget;
    // Onto the tooltip (its host, as the page sees it): kept, for its buttons.
    if (related !== null && related === tooltip.host) return;
    // Leaving a nested mark for its parent mark explains the parent.
    const into = markAround(related);
    if (into) show(into);
    else hideSoon();
  }, options);
  doc.addEventListener('focus', (event) => {
    const mark = asMark(event.target);
    if (!mark) return;
    setMarkFocused(mark, true);
    show(mark);
  }, options);
  doc.addEventListener('blur', (event) => {
    const related = (event as FocusEvent).relatedTarget;
    const mark = asMark(event.target);
    if (mark) {
      setMarkFocused(mark, false);
      if (passThrough === mark) passThrough = null;
      // Into the tooltip's buttons: it stays.
      if (related === null || related !== tooltip.host) hide();
    } else if (event.target === tooltip.host && markAround(related) === null) {
      // Out of the buttons to anything but a mark (a mark's focus explains it instead).
      hide();
    }
  }, options);
  doc.addEventListener('keydown', (event) => {
    // Keys on the tooltip's buttons are its own (they reach us retargeted to its host).
    if (event.target === tooltip.host) return;
    if (event.key === 'Escape' && tooltip.visible) hide();
    const mark = asMark(event.target);
    const plainTab = event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
    // Tab from a mark goes first to its tooltip's buttons, then on through the page.
    if (plainTab && mark !== null && mark === explained && passThrough !== mark && tooltip.focusButtons()) event.preventDefault();
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
    reveal,
    inspect() {
      return { marks: highlighter.marks.filter((mark) => mark.isConnected).length, tooltip: tooltip.inspect() };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      listeners.abort();
      clear();
      tooltip.destroy();
      passThrough = null;
      lastRequests = [];
    },
  };
}

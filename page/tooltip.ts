/**
 * The one tooltip that explains a mark. It lives in a closed shadow root on a plain
 * `<div>` attached to `<html>`: a page cannot define the host's element (custom
 * element names need a hyphen, and `div` is built in), cannot reach inside to
 * rewrite the text (`host.shadowRoot` is null for it), and page CSS does not apply
 * inside; `<body>` is often transformed or replaced by page scripts. Every style is
 * set inline through the CSSOM, host first with `all: initial` then `!important`
 * overrides, because a `<style>` element can be blocked by the page's `style-src`
 * CSP while CSSOM declarations cannot (so focus rings and hover colours are set by
 * listeners, not pseudo-classes). Text goes in with `textContent` only: labels and
 * messages never become markup.
 *
 * Its previous/next buttons take the reader from flag to flag, by mouse or keyboard:
 * Tab from a mark enters them (the marks controller sends focus in), Shift+Tab from
 * the first and Tab from the last give focus back to the mark, Escape closes.
 *
 * Tests read what is shown through `inspect()`, on the content script's side.
 */
import type { StepButton } from '../messaging/protocol';
import type { Severity } from '../report/schema';

export interface TooltipContent {
  label: string;
  message: string;
  /** What would make the passage sourced; null for none. */
  hint: string | null;
  severity: Severity;
  /** The previous/next buttons' words; null when there is no other flag to go to. */
  steps: { previous: StepButton; next: StepButton } | null;
}

export type StepDirection = 1 | -1;

/** What the tooltip asks of the marks it explains. */
export interface TooltipActions {
  /** A previous (-1) or next (1) button was pressed. */
  step(direction: StepDirection): void;
  /**
   * Keyboard focus leaves the buttons for the mark they explain: `backwards` (Shift+Tab
   * from the first), `forwards` (Tab from the last) or `close` (Escape).
   */
  leave(anchor: Element, how: 'backwards' | 'forwards' | 'close'): void;
  /** The pointer left the tooltip for `to` (retargeted to what the page sees), or for nothing. */
  pointerLeft(to: EventTarget | null): void;
}

/** What the tooltip shows, as only the code holding its closed shadow root can read it. */
export interface TooltipInspection {
  /** Shown, as the tooltip last set its host's `display`. */
  displayed: boolean;
  /** The laid-out size of its box, what a reader can see (zero where nothing is laid out). */
  width: number;
  height: number;
  text: string;
  /** The hint line, or null when none is shown. */
  hint: string | null;
  /** The buttons' texts, in tab order; empty when they are not shown. */
  buttons: string[];
  /** Which button has the keyboard focus, by its place in `buttons`; null for none. */
  focusedButton: number | null;
  /** Where each button is on screen, viewport coordinates of its centre. */
  buttonCentres: Array<{ x: number; y: number }>;
}

export interface Tooltip {
  /** Shows the content next to `anchor`, kept inside the viewport. */
  show(anchor: Element, content: TooltipContent): void;
  hide(): void;
  /** Follows the anchor after a scroll or resize; no-op while hidden. */
  reposition(): void;
  readonly visible: boolean;
  /** Whether the pointer is over the tooltip's box. */
  readonly hovered: boolean;
  /** Whether the keyboard focus is on one of its buttons. */
  readonly focused: boolean;
  /** Sends keyboard focus to the first button; false when no button is shown. */
  focusButtons(): boolean;
  /** The host element, once created (the first `show`); null before and after `destroy`. */
  readonly host: HTMLElement | null;
  /** Null before the first `show` and after `destroy`. */
  inspect(): TooltipInspection | null;
  destroy(): void;
}

const MARGIN = 8;
const GAP = 6;

const BUTTON_BACKGROUND = '#374151';
const BUTTON_HOVER = '#4b5563';
const FOCUS_RING = '#fbbf24';

const SEVERITY_ACCENT: Record<Severity, string> = {
  info: '#60a5fa',
  low: '#facc15',
  medium: '#fb923c',
  high: '#f87171',
};

function setStyles(element: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value, 'important');
}

interface Parts {
  root: ShadowRoot;
  host: HTMLElement;
  box: HTMLElement;
  label: HTMLElement;
  message: HTMLElement;
  hint: HTMLElement;
  stepBar: HTMLElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
}

function button(doc: Document, onPress: () => void): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  setStyles(element, {
    all: 'initial',
    display: 'inline-block',
    padding: '3px 9px',
    'border-radius': '4px',
    border: '1px solid #6b7280',
    background: BUTTON_BACKGROUND,
    color: '#f9fafb',
    font: '13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    cursor: 'pointer',
    outline: 'none',
  });
  element.addEventListener('click', onPress);
  element.addEventListener('focus', () => setStyles(element, { outline: `2px solid ${FOCUS_RING}`, 'outline-offset': '1px' }));
  element.addEventListener('blur', () => setStyles(element, { outline: 'none' }));
  element.addEventListener('mouseenter', () => setStyles(element, { background: BUTTON_HOVER }));
  element.addEventListener('mouseleave', () => setStyles(element, { background: BUTTON_BACKGROUND }));
  return element;
}

function build(doc: Document, step: (direction: StepDirection) => void): Parts {
  const host = doc.createElement('div');
  // `all` first: the longhands set after it override what it reset.
  host.style.setProperty('all', 'initial', 'important');
  setStyles(host, {
    display: 'none',
    position: 'fixed',
    top: '0',
    left: '0',
    'z-index': '2147483647',
    'pointer-events': 'none',
    visibility: 'visible',
    opacity: '1',
  });
  const root = host.attachShadow({ mode: 'closed' });

  const box = doc.createElement('div');
  // A group, not a `tooltip`: a tooltip may not hold buttons. The mark's own
  // aria-description already gives screen readers the text.
  box.setAttribute('role', 'group');
  setStyles(box, {
    display: 'block',
    'box-sizing': 'border-box',
    'max-width': `min(360px, calc(100vw - ${2 * MARGIN}px))`,
    padding: '8px 10px',
    'border-radius': '6px',
    'border-left': '4px solid #60a5fa',
    background: '#1f2937',
    color: '#f9fafb',
    font: '14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    'text-align': 'left',
    'white-space': 'normal',
    'overflow-wrap': 'break-word',
    'box-shadow': '0 4px 14px rgba(0, 0, 0, 0.3)',
    // The host lets the page be clicked through; the box itself takes the pointer, for its buttons.
    'pointer-events': 'auto',
  });
  const label = doc.createElement('strong');
  setStyles(label, { display: 'block', 'font-weight': '600', 'margin-bottom': '2px' });
  const message = doc.createElement('span');
  setStyles(message, { display: 'block' });
  const hint = doc.createElement('span');
  setStyles(hint, { display: 'block', 'margin-top': '4px', color: '#d1d5db', 'font-style': 'italic' });
  const stepBar = doc.createElement('div');
  setStyles(stepBar, { display: 'flex', 'flex-wrap': 'wrap', gap: '6px', 'margin-top': '8px' });
  const previous = button(doc, () => step(-1));
  const next = button(doc, () => step(1));
  stepBar.append(previous, next);
  box.append(label, message, hint, stepBar);
  root.append(box);
  return { root, host, box, label, message, hint, stepBar, previous, next };
}

/** A button's text, with its arrow, and its name for assistive technologies. */
function setButtonWords(element: HTMLButtonElement, words: StepButton | undefined, withArrow: (text: string) => string): void {
  element.textContent = words === undefined ? '' : withArrow(words.text);
  if (words === undefined) element.removeAttribute('aria-label');
  else element.setAttribute('aria-label', words.name);
}

export function createTooltip(doc: Document, actions: TooltipActions): Tooltip {
  let parts: Parts | null = null;
  let anchor: Element | null = null;
  let hovered = false;

  const focusedButton = (current: Parts): HTMLButtonElement | null => {
    const active = current.root.activeElement;
    return active === current.previous ? current.previous : active === current.next ? current.next : null;
  };

  function create(): Parts {
    const created = build(doc, (direction) => actions.step(direction));
    created.box.addEventListener('mouseenter', () => {
      hovered = true;
    });
    created.box.addEventListener('mouseleave', (event) => {
      hovered = false;
      actions.pointerLeft(event.relatedTarget);
    });
    created.box.addEventListener('keydown', (event) => {
      const from = focusedButton(created);
      if (!from || !anchor) return;
      const how =
        event.key === 'Escape'
          ? 'close'
          : event.key !== 'Tab'
            ? null
            : event.shiftKey
              ? from === created.previous ? 'backwards' : null
              : from === created.next ? 'forwards' : null;
      if (how === null) return;
      event.preventDefault();
      // The key was the tooltip's: it does not bubble on to the page's handlers.
      event.stopPropagation();
      actions.leave(anchor, how);
    });
    return created;
  }

  function place(): void {
    if (!parts || !anchor) return;
    const view = doc.defaultView;
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    const whole = anchor.getBoundingClientRect();
    // Scrolled out of view: hidden rather than pinned to an edge, back when it returns.
    const offscreen = whole.bottom < 0 || whole.top > height;
    setStyles(parts.host, { display: offscreen ? 'none' : 'block' });
    if (offscreen) return;
    // A mark that wraps has one rect per line; the tooltip starts where its text starts.
    const firstLine = anchor.getClientRects()[0] ?? whole;
    const tip = parts.box.getBoundingClientRect();
    // Below the whole mark, else above it (never over its own text), else, for a
    // mark taller than the viewport allows, next to its first line, kept on screen.
    const below = whole.bottom + GAP;
    const above = whole.top - GAP - tip.height;
    const fits = (top: number) => top >= MARGIN && top + tip.height <= height - MARGIN;
    const top = fits(below)
      ? below
      : fits(above)
        ? above
        : Math.max(MARGIN, Math.min(firstLine.top - GAP - tip.height, height - tip.height - MARGIN));
    const left = Math.max(MARGIN, Math.min(firstLine.left, width - tip.width - MARGIN));
    setStyles(parts.host, { top: `${Math.round(top)}px`, left: `${Math.round(left)}px` });
  }

  return {
    get visible() {
      return anchor !== null;
    },
    get host() {
      return parts?.host ?? null;
    },
    show(target, content) {
      if (!parts) {
        parts = create();
        doc.documentElement.append(parts.host);
      } else if (!parts.host.isConnected) {
        doc.documentElement.append(parts.host);
      }
      anchor = target;
      parts.label.textContent = content.label;
      parts.box.setAttribute('aria-label', content.label);
      parts.message.textContent = content.message;
      parts.hint.textContent = content.hint ?? '';
      setStyles(parts.hint, { display: content.hint === null ? 'none' : 'block' });
      setButtonWords(parts.previous, content.steps?.previous, (text) => `← ${text}`);
      setButtonWords(parts.next, content.steps?.next, (text) => `${text} →`);
      setStyles(parts.stepBar, { display: content.steps === null ? 'none' : 'flex' });
      setStyles(parts.box, { 'border-left-color': SEVERITY_ACCENT[content.severity] });
      place();
    },
    hide() {
      anchor = null;
      hovered = false;
      if (parts) setStyles(parts.host, { display: 'none' });
    },
    get hovered() {
      return hovered;
    },
    get focused() {
      return parts !== null && focusedButton(parts) !== null;
    },
    focusButtons() {
      if (!parts || !anchor || parts.stepBar.style.getPropertyValue('display') === 'none') return false;
      parts.previous.focus();
      return true;
    },
    reposition: place,
    inspect() {
      if (!parts) return null;
      const current = parts;
      const box = current.box.getBoundingClientRect();
      const stepsShown = current.stepBar.style.getPropertyValue('display') !== 'none';
      const buttons = stepsShown ? [current.previous, current.next] : [];
      const focused = focusedButton(current);
      return {
        displayed: current.host.style.getPropertyValue('display') !== 'none',
        width: box.width,
        height: box.height,
        text: current.box.textContent ?? '',
        hint: current.hint.style.getPropertyValue('display') === 'none' ? null : current.hint.textContent,
        buttons: buttons.map((element) => element.textContent ?? ''),
        focusedButton: focused === null ? null : buttons.indexOf(focused),
        buttonCentres: buttons.map((element) => {
          const rect = element.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }),
      };
    },
    destroy() {
      anchor = null;
      hovered = false;
      parts?.host.remove();
      parts = null;
    },
  };
}

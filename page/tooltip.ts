/**
 * The one tooltip that explains a mark. It lives in a closed shadow root on a plain
 * `<div>` attached to `<html>`: a page cannot define the host's element (custom
 * element names need a hyphen, and `div` is built in), cannot reach inside to
 * rewrite the text (`host.shadowRoot` is null for it), and page CSS does not apply
 * inside; `<body>` is often transformed or replaced by page scripts. Every style is
 * set inline through the CSSOM, host first with `all: initial` then `!important`
 * overrides, because a `<style>` element can be blocked by the page's `style-src`
 * CSP while CSSOM declarations cannot. Text goes in with `textContent` only: labels
 * and messages never become markup.
 *
 * Tests read what is shown through `inspect()`, on the content script's side.
 */
import type { Severity } from '../report/schema';

export interface TooltipContent {
  label: string;
  message: string;
  severity: Severity;
}

/** What the tooltip shows, as only the code holding its closed shadow root can read it. */
export interface TooltipInspection {
  /** Shown, as the tooltip last set its host's `display`. */
  displayed: boolean;
  /** The laid-out size of its box, what a reader can see (zero where nothing is laid out). */
  width: number;
  height: number;
  text: string;
}

export interface Tooltip {
  /** Shows the content next to `anchor`, kept inside the viewport. */
  show(anchor: Element, content: TooltipContent): void;
  hide(): void;
  /** Follows the anchor after a scroll or resize; no-op while hidden. */
  reposition(): void;
  readonly visible: boolean;
  /** The host element, once created (the first `show`); null before and after `destroy`. */
  readonly host: HTMLElement | null;
  /** Null before the first `show` and after `destroy`. */
  inspect(): TooltipInspection | null;
  destroy(): void;
}

const MARGIN = 8;
const GAP = 6;

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
  host: HTMLElement;
  box: HTMLElement;
  label: HTMLElement;
  message: HTMLElement;
}

function build(doc: Document): Parts {
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
  box.setAttribute('role', 'tooltip');
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
  });
  const label = doc.createElement('strong');
  setStyles(label, { display: 'block', 'font-weight': '600', 'margin-bottom': '2px' });
  const message = doc.createElement('span');
  setStyles(message, { display: 'block' });
  box.append(label, message);
  root.append(box);
  return { host, box, label, message };
}

export function createTooltip(doc: Document): Tooltip {
  let parts: Parts | null = null;
  let anchor: Element | null = null;

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
        parts = build(doc);
        doc.documentElement.append(parts.host);
      } else if (!parts.host.isConnected) {
        doc.documentElement.append(parts.host);
      }
      anchor = target;
      parts.label.textContent = content.label;
      parts.message.textContent = content.message;
      setStyles(parts.box, { 'border-left-color': SEVERITY_ACCENT[content.severity] });
      place();
    },
    hide() {
      anchor = null;
      if (parts) setStyles(parts.host, { display: 'none' });
    },
    reposition: place,
    inspect() {
      if (!parts) return null;
      const box = parts.box.getBoundingClientRect();
      return {
        displayed: parts.host.style.getPropertyValue('display') !== 'none',
        width: box.width,
        height: box.height,
        text: parts.box.textContent ?? '',
      };
    },
    destroy() {
      anchor = null;
      parts?.host.remove();
      parts = null;
    },
  };
}

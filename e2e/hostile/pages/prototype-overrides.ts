import { articlePage } from './article';

/**
 * A page that breaks the DOM and built-ins of its own world before the extension
 * arrives: the content script runs in an isolated world, so none of this reaches it.
 * `getElementsByTagName` is left alone so the test can count marks from the page.
 */
export function prototypeOverridesPage(): string {
  return articlePage({
    head: `<script>
(() => {
  const boom = (what) => function () { throw new Error('page broke ' + what); };
  JSON.parse = boom('JSON.parse');
  JSON.stringify = boom('JSON.stringify');
  Element.prototype.querySelectorAll = boom('Element.querySelectorAll');
  Element.prototype.querySelector = boom('Element.querySelector');
  Document.prototype.querySelectorAll = boom('Document.querySelectorAll');
  Document.prototype.querySelector = boom('Document.querySelector');
  Node.prototype.cloneNode = boom('cloneNode');
  Document.prototype.createTreeWalker = boom('createTreeWalker');
  Document.prototype.createRange = boom('createRange');
  Element.prototype.attachShadow = boom('attachShadow');
  Element.prototype.getBoundingClientRect = boom('getBoundingClientRect');
  window.getComputedStyle = boom('getComputedStyle');
  Array.prototype.map = boom('Array.map');
  String.prototype.trim = boom('String.trim');
  Object.defineProperty(Node.prototype, 'textContent', { get: boom('textContent'), configurable: true });
  window.Readability = boom('Readability');
  window.chrome = { runtime: { sendMessage: boom('chrome.runtime.sendMessage') } };
  window.browser = window.chrome;
  window.prototypesOverridden = true;
})();
</script>`,
  });
}

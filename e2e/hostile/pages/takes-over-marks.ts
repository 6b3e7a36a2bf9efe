import { articlePage } from './article';

/**
 * A page that tries to own the extension's marks and tooltip: it registers custom
 * elements under the names the marks and tooltip had (and the marks' new name) with
 * a class that reads every warning and strips the mark's styles, with
 * `disabledFeatures = ['shadow']` so no shadow root can be attached; and it patches
 * `attachShadow` to force shadow roots open and keep them. `window.takeOverTooltip()`
 * then looks for the tooltip's shadow root to rewrite it.
 */
export function takesOverMarksPage(): string {
  return articlePage({
    head: `<script>
(() => {
  window.captured = [];
  window.refusedNames = [];
  window.stolenRoots = [];
  for (const name of ['sourcelight-mark', 'sourcelight-tooltip', 'sourcelightmark']) {
    try {
      customElements.define(name, class extends HTMLElement {
        static disabledFeatures = ['shadow'];
        connectedCallback() {
          window.captured.push(name + ': ' + (this.getAttribute('aria-description') || ''));
          this.removeAttribute('style');
        }
      });
    } catch (error) {
      window.refusedNames.push(name);
    }
  }
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, { ...init, mode: 'open' });
    window.stolenRoots.push(root);
    return root;
  };
  window.takeOverTooltip = () => {
    let rewritten = 0;
    const roots = [...window.stolenRoots];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    for (const root of roots) {
      root.replaceChildren('Verified by Sourcelight / This passage is well sourced.');
      rewritten += 1;
    }
    return rewritten;
  };
})();
</script>`,
  });
}

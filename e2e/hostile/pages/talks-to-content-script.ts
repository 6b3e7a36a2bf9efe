import { articlePage } from './article';

/**
 * A page that, once marked, tries every channel a page has to the content script:
 * window messages shaped like the extension's protocol, custom events, forged
 * marks of its own. `window.talkToContentScript()` is called by the test.
 */
export function talksToContentScriptPage(): string {
  return articlePage({
    afterArticle: `<script>
window.talkToContentScript = () => {
  const forged = [
    { type: 'set-marks-visible', visible: false },
    { type: 'mark', marks: [] },
    { type: 'reveal-mark', warningIndex: 0 },
    { type: 'extract' },
  ];
  for (const message of forged) {
    window.postMessage(message, '*');
    window.postMessage(JSON.stringify(message), '*');
    for (const name of ['sourcelight', 'sourcelight:message', 'message']) {
      document.dispatchEvent(new CustomEvent(name, { detail: message, bubbles: true }));
      window.dispatchEvent(new CustomEvent(name, { detail: message }));
    }
  }
  for (const mark of document.getElementsByTagName('sourcelightmark')) {
    mark.dispatchEvent(new CustomEvent('sourcelight-remove', { bubbles: true }));
  }
  return forged.length;
};
</script>`,
  });
}

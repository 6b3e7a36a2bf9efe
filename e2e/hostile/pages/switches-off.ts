import { articlePage } from './article';

/** The gecko id in wxt.config.ts: public, so any page may use it against Firefox. */
const FIREFOX_ADDON_ID = 'sourcelight@sourcelight.dev';

/**
 * A page that tries to switch the content script off the way WXT's
 * ContentScriptContext let any page do it: it dispatches the "a newer copy started"
 * event (`<extension id>:<entrypoint>:wxt:content-script-started`) on `document`, for
 * the id given in `?id=` and the public Firefox id, under the old and the new
 * entrypoint names; it echoes back anything announced to it with `postMessage`, and
 * records every message it was sent (`window.postedToPage`). With `?flood=1` it
 * fires every 5 ms from load; `window.fireStarted()` fires once, for the test.
 */
export function switchesOffPage(): string {
  return articlePage({
    head: `<script>
(() => {
  const params = new URLSearchParams(location.search);
  const ids = [params.get('id'), ${JSON.stringify(FIREFOX_ADDON_ID)}].filter(Boolean);
  const names = ids.flatMap((id) => ['content', 'content-script'].map((entry) => id + ':' + entry + ':wxt:content-script-started'));
  const fire = (name) => document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: name.split(':')[1], messageId: String(Math.random()) } }));
  window.postedToPage = [];
  window.addEventListener('message', (event) => {
    window.postedToPage.push(typeof event.data === 'string' ? event.data : JSON.stringify(event.data));
    const type = event.data && event.data.type;
    if (typeof type === 'string' && type.endsWith('content-script-started')) fire(type);
  });
  window.fireStarted = () => {
    names.forEach(fire);
    return names.length;
  };
  if (params.get('flood')) setInterval(window.fireStarted, 5);
})();
</script>`,
  });
}

import { afterAll } from 'vitest';

/**
 * Test files share their worker (`isolate: false`), and so, under jsdom, one document:
 * each file leaves it empty for the next, as a fresh environment would be.
 */
afterAll(() => {
  if (typeof document === 'undefined') return;
  document.head.replaceChildren();
  document.body.replaceChildren();
  for (const { name } of [...document.body.attributes]) document.body.removeAttribute(name);
});

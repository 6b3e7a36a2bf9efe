import { getContext, setContext } from 'svelte';
import type { Translate } from '../i18n/translator';

const KEY = Symbol('sourcelight.translate');

/** Called once by the page that mounts the components (popup, options, tests). */
export function provideTranslator(translate: Translate): void {
  setContext(KEY, translate);
}

/** The translator the mounting page provided; components never call `browser.*` themselves. */
export function useTranslator(): Translate {
  const translate = getContext<Translate | undefined>(KEY);
  if (translate === undefined) throw new Error('no translator provided: call provideTranslator() in the root component');
  return translate;
}

/** The context entry that provides a translator, for mounting components outside a root (tests). */
export function translatorContext(translate: Translate): Map<symbol, Translate> {
  return new Map([[KEY, translate]]);
}

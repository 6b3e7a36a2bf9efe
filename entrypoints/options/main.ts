import { mount } from 'svelte';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import { loadSettings } from '../../shell/settings';
import { uiTranslator } from '../../shell/ui-language';
import App from './App.svelte';

/** The language setting decides the translator, so settings are read before the first render. */
async function start(target: HTMLElement): Promise<void> {
  const settings = await loadSettings(browser);
  const ui = await uiTranslator(browser, settings.uiLanguage);
  mount(App, { target, props: { initialSettings: settings, initialUi: ui } });
}

const target = document.getElementById('app');
if (target === null) throw new Error('options.html has no #app element');
void start(target);

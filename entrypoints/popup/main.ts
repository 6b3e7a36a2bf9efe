import { mount } from 'svelte';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import { loadSettings } from '../../shell/settings';
import { uiTranslator } from '../../shell/ui-language';
import App from './App.svelte';

async function start(target: HTMLElement): Promise<void> {
  const settings = await loadSettings(browser);
  mount(App, { target, props: { settings, ui: await uiTranslator(browser, settings.uiLanguage) } });
}

const target = document.getElementById('app');
if (target === null) throw new Error('popup.html has no #app element');
void start(target);

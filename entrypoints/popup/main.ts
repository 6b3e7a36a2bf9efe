import { mount } from 'svelte';
import '../../components/theme.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (target === null) throw new Error('popup.html has no #app element');
mount(App, { target });

import { render } from 'preact';
import { bundledPack } from '@/utils/pack/bundled-pack';
import '@/components/panel.css';
import './style.css';
import { App } from './App';

render(<App pack={bundledPack} />, document.getElementById('app')!);

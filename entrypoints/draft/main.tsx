import { render } from 'preact';
import '@/components/panel.css';
import './style.css';
import { App } from './App';

render(<App draftId={location.hash.slice(1)} />, document.getElementById('app')!);

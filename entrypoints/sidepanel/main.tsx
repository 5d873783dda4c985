import { render } from 'preact';
import '@/components/panel.css';
import './style.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);

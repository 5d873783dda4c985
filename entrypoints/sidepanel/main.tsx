import '@/components/panel.css';
import './style.css';
import { mountLocalized } from '@/utils/mount-localized';
import { App } from './App';

void mountLocalized(document.getElementById('app')!, 'extName', () => <App />);

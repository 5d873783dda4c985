import '@/components/panel.css';
import './style.css';
import { mountLocalized } from '@/utils/mount-localized';
import { App } from './App';

void mountLocalized(document.getElementById('app')!, 'draft_pageTitle', () => <App draftId={location.hash.slice(1)} />);

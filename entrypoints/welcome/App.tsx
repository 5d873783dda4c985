import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WelcomeGuide } from '@/components/WelcomeGuide';
import { bundledPack } from '@/utils/pack/bundled-pack';
import { BROWSER_NAME, openShortcutSettings, readShortcut } from '@/utils/shortcut';

/**
 * The welcome page, opened once on a first install (the background's `onInstalled`): wiring only.
 * The sample is the bundled pack, so the page needs nothing from storage or the network.
 */
export function App() {
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void readShortcut().then((key) => live && setShortcut(key));
    return () => {
      live = false;
    };
  }, []);
  return (
    <WelcomeGuide
      pack={bundledPack}
      shortcut={{ shortcut, browserName: BROWSER_NAME, onOpenShortcutSettings: () => openShortcutSettings(BROWSER_NAME) }}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}

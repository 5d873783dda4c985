import { useEffect, useState } from 'preact/hooks';
import { PackInfo } from '@/components/PackInfo';
import { SettingsForm } from '@/components/SettingsForm';
import type { Pack } from '@/utils/pack/schema';
import { loadSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';

export interface AppProps {
  pack: Pack;
}

type SaveStatus = 'idle' | 'saved' | 'failed';

/** The options page: wiring only. Every change is saved at once; content scripts watch the item. */
export function App({ pack }: AppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    // The popup can flip the switch while this page is open.
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const onChange = (next: Settings) => {
    setSettings(next);
    updateSettings(next).then(
      (saved) => {
        setSettings(saved);
        setStatus('saved');
      },
      () => setStatus('failed'),
    );
  };

  return (
    <main class="cb-options">
      <header class="cb-options__header">
        <h1 class="cb-options__title">Contextual Briefings</h1>
        <p class="cb-options__lede">Changes are saved as you make them and apply to open tabs straight away.</p>
      </header>

      <section class="cb-panel" aria-labelledby="cb-highlighting">
        <h2 id="cb-highlighting" class="cb-panel__title">
          Highlighting
        </h2>
        {settings ? <SettingsForm settings={settings} onChange={onChange} /> : <p class="cb-note">Loading settings…</p>}
        <p class="cb-save-status" role="status">
          {status === 'saved' && 'Saved.'}
          {status === 'failed' && 'Could not save this change. Your previous settings are still in effect.'}
        </p>
      </section>

      <section class="cb-panel" aria-labelledby="cb-pack">
        <h2 id="cb-pack" class="cb-panel__title">
          Briefing pack
        </h2>
        <PackInfo pack={pack} />
      </section>

      <section class="cb-panel" aria-labelledby="cb-privacy">
        <h2 id="cb-privacy" class="cb-panel__title">
          Privacy
        </h2>
        <p>
          Contextual Briefings makes no network requests. Pages are read inside your browser, only to find the
          names in the briefing pack; nothing about them is sent anywhere.
        </p>
      </section>
    </main>
  );
}

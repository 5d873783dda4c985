import { useState } from 'preact/hooks';
import type { SettingsRefusal } from '@/utils/settings-file';
import { ConfirmButton } from './ConfirmButton';
import { settingsRefusalSentence } from './file-refusal';
import { FilePicker } from './FilePicker';
import { ErrorDetails } from './InstallOutcome';

export interface SettingsTransferProps {
  onExport(): void;
  /** Reads a settings file and applies it; resolves to `null` on success or why it was refused (`message`: the detail). */
  onImport(text: string): Promise<{ refusal: SettingsRefusal; message: string } | null>;
  onReset(): Promise<void>;
}

type Outcome = { kind: 'error'; message: string; details?: string } | { kind: 'ok'; message: string };

/** Save the settings to a file, bring them back, or start again from the defaults. */
export function SettingsTransfer({ onExport, onImport, onReset }: SettingsTransferProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <div class="cb-transfer">
      <div class="cb-row">
        <button type="button" class="cb-button" onClick={onExport}>
          Export settings
        </button>
        <FilePicker
          label="Import settings…"
          onText={(text, fileName) =>
            void onImport(text).then((refusal) =>
              setOutcome(
                refusal === null
                  ? { kind: 'ok', message: `Settings imported from ${fileName}.` }
                  : {
                      kind: 'error',
                      message: `${fileName}: ${settingsRefusalSentence(refusal.refusal)} Your settings are unchanged.`,
                      details: refusal.message,
                    },
              ),
            )
          }
          onRefuse={(message) => setOutcome({ kind: 'error', message })}
        />
        <ConfirmButton
          label="Reset to defaults"
          question="Reset every setting to its default? Paused and allowed sites are cleared; packs are kept."
          confirmLabel="Yes, reset"
          onConfirm={() => void onReset().then(() => setOutcome({ kind: 'ok', message: 'Settings reset to their defaults.' }))}
        />
      </div>
      {outcome?.kind === 'error' && (
        <div class="cb-error" role="alert">
          <p class="cb-error__text">{outcome.message}</p>
          <ErrorDetails details={outcome.details} />
        </div>
      )}
      {outcome?.kind === 'ok' && (
        <p class="cb-success" role="status">
          {outcome.message}
        </p>
      )}
    </div>
  );
}

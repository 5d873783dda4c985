import { useState } from 'preact/hooks';
import { ConfirmButton } from './ConfirmButton';
import { FilePicker } from './FilePicker';

export interface SettingsTransferProps {
  onExport(): void;
  /** Reads a settings file and applies it; resolves to `null` on success or the reason it was refused. */
  onImport(text: string): Promise<string | null>;
  onReset(): Promise<void>;
}

type Outcome = { kind: 'error' | 'ok'; message: string };

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
                  : { kind: 'error', message: `${fileName} was not imported, and your settings are unchanged. ${refusal}` },
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
        <p class="cb-error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'ok' && (
        <p class="cb-success" role="status">
          {outcome.message}
        </p>
      )}
    </div>
  );
}

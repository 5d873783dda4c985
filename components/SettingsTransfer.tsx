import { useState } from 'preact/hooks';
import type { SettingsRefusal } from '@/utils/settings-file';
import { ConfirmButton } from './ConfirmButton';
import { settingsRefusalSentence } from './file-refusal';
import { FilePicker } from './FilePicker';
import { ErrorDetails } from './InstallOutcome';
import { useI18n } from './i18n';

export interface SettingsTransferProps {
  onExport(): void;
  /** Reads a settings file and applies it; resolves to `null` on success or why it was refused (`message`: the detail). */
  onImport(text: string): Promise<{ refusal: SettingsRefusal; message: string } | null>;
  onReset(): Promise<void>;
}

type Outcome = { kind: 'error'; message: string; details?: string } | { kind: 'ok'; message: string };

/** Save the settings to a file, bring them back, or start again from the defaults. */
export function SettingsTransfer({ onExport, onImport, onReset }: SettingsTransferProps) {
  const i18n = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <div class="cb-transfer">
      <div class="cb-row">
        <button type="button" class="cb-button" onClick={onExport}>
          {i18n.t('transfer_export')}
        </button>
        <FilePicker
          label={i18n.t('transfer_import')}
          onText={(text, fileName) =>
            void onImport(text).then((refusal) =>
              setOutcome(
                refusal === null
                  ? { kind: 'ok', message: i18n.t('transfer_imported', fileName) }
                  : {
                      kind: 'error',
                      message: i18n.t('file_refused', fileName, `${settingsRefusalSentence(i18n, refusal.refusal)} ${i18n.t('transfer_unchanged')}`),
                      details: refusal.message,
                    },
              ),
            )
          }
          onRefuse={(message) => setOutcome({ kind: 'error', message })}
        />
        <ConfirmButton
          label={i18n.t('transfer_reset')}
          question={i18n.t('transfer_resetQuestion')}
          confirmLabel={i18n.t('transfer_resetConfirm')}
          onConfirm={() => void onReset().then(() => setOutcome({ kind: 'ok', message: i18n.t('transfer_resetDone') }))}
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

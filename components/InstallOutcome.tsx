import type { ImportResult } from '@/utils/pack/pack-store';
import type { Translator } from '@/utils/i18n';
import { packRefusalSentence } from './file-refusal';
import { useI18n } from './i18n';

/**
 * What installing a pack came to, shown under the control that installed it (the pack import and
 * the drafter's review): the refusal in one sentence, its field-level `details` behind a toggle,
 * with "Replace the installed pack" when its id is taken (and, where the caller can make a copy,
 * "Keep both"); or the success line.
 */
export type InstallOutcome =
  | { kind: 'error'; message: string; details?: string; onReplace?: () => void; onKeepBoth?: () => void }
  | { kind: 'ok'; message: string };

/** A refused import as an outcome: `lead` (the file's name) before the sentence, when there is one. */
export function refusedImport(
  i18n: Translator,
  result: Extract<ImportResult, { ok: false }>,
  fileName: string | null,
  onReplace?: () => void,
  onKeepBoth?: () => void,
): InstallOutcome {
  const { refusal } = result;
  // A taken or reserved id is said in full by the sentence; every other refusal has detail behind it.
  const plain = refusal.kind === 'id-taken' || refusal.kind === 'built-in-id';
  const sentence = packRefusalSentence(i18n, refusal);
  const message = fileName === null ? sentence : i18n.t('file_refused', fileName, sentence);
  return { kind: 'error', message, details: plain ? undefined : result.message, onReplace, onKeepBoth };
}

export function InstallOutcomeMessage({ outcome }: { outcome: InstallOutcome | null }) {
  const i18n = useI18n();
  if (outcome?.kind === 'error') {
    return (
      <div class="cb-error cb-error--block" role="alert">
        <p class="cb-error__text">{outcome.message}</p>
        <ErrorDetails details={outcome.details} />
        {outcome.onReplace && (
          <button type="button" class="cb-button" onClick={outcome.onReplace}>
            {i18n.t('packs_replace')}
          </button>
        )}
        {outcome.onKeepBoth && (
          <button type="button" class="cb-button" onClick={outcome.onKeepBoth}>
            {i18n.t('review_keepBoth')}
          </button>
        )}
      </div>
    );
  }
  if (outcome?.kind === 'ok') {
    return (
      <p class="cb-success" role="status">
        {outcome.message}
      </p>
    );
  }
  return null;
}

/** The field-level detail of a refusal, closed until asked for. */
export function ErrorDetails({ details }: { details: string | undefined }) {
  const i18n = useI18n();
  if (!details) return null;
  return (
    <details class="cb-error__details">
      <summary>{i18n.t('common_details')}</summary>
      <pre class="cb-error__detail-text">{details}</pre>
    </details>
  );
}

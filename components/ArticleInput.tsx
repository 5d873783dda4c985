import { useId } from 'preact/hooks';
import { useFileDrop } from './FilePicker';
import { useI18n } from './i18n';

export interface ArticleInputProps {
  text: string;
  /** While a draft is being made: every control is disabled. */
  busy: boolean;
  /** The reader typed or pasted into the article box. */
  onText(text: string): void;
  /** The reader chose a file, or dropped one on the article box. */
  onFile(file: File | undefined): void;
  onDraft(): void;
}

/** The article box (which takes a dropped file too), the file chooser and the "Draft a pack" button. */
export function ArticleInput({ text, busy, onText, onFile, onDraft }: ArticleInputProps) {
  const i18n = useI18n();
  const textId = useId();
  const fileId = useId();
  const drop = useFileDrop(onFile);
  return (
    <>
      <label class="cb-drafter__label" for={textId}>
        {i18n.t('drafter_articleText')}
      </label>
      <textarea
        id={textId}
        class="cb-input cb-drafter__text"
        rows={8}
        value={text}
        disabled={busy}
        onInput={(event) => onText(event.currentTarget.value)}
        {...drop.handlers}
        data-dragging={drop.dragging ? 'true' : undefined}
      />
      <div class="cb-drafter__actions">
        <span class="cb-file">
          <input
            id={fileId}
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            class="cb-file__input"
            disabled={busy}
            onChange={(event) => {
              onFile(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
          <label for={fileId} class="cb-button">
            {i18n.t('drafter_chooseFile')}
          </label>
        </span>
        <button type="button" class="cb-button cb-button--primary" disabled={busy} onClick={onDraft}>
          {i18n.t('drafter_draft')}
        </button>
      </div>
    </>
  );
}

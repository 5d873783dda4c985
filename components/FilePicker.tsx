import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface FilePickerProps {
  /** The visible button text and the file input's accessible name: "Import a pack…". */
  label: string;
  /** Called with the text of the chosen or dropped file. */
  onText(text: string, fileName: string): void;
  /** Called instead of `onText` when a file is refused before it is read (too large). */
  onRefuse(message: string): void;
  /** Accept drops of a file anywhere on this area too. */
  dropHint?: ComponentChildren;
}

/** Largest file read into memory; bigger files are refused before reading (packs max out near 4 MB). */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Handlers that make an element a drop target for one file, and whether a file is over it now
 * (for styling). Shared by the file chooser's drop zone and the drafter's article box.
 */
export function useFileDrop(onFile: (file: File | undefined) => void) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      onFile(event.dataTransfer?.files[0]);
    },
  };
  return { dragging, handlers };
}

/**
 * A JSON file chooser: a real `<input type=file>` (keyboard and screen readers get the native
 * control) styled as a button, plus an optional drop zone for dragging a file onto the page.
 */
export function FilePicker({ label, onText, onRefuse, dropHint }: FilePickerProps) {
  const i18n = useI18n();
  const id = useId();
  const read = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      onRefuse(i18n.t('file_tooLarge', file.name, Math.round(file.size / 1024 / 1024)));
      return;
    }
    void file.text().then((text) => onText(text, file.name));
  };
  const drop = useFileDrop(read);
  const picker = (
    <span class="cb-file">
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        class="cb-file__input"
        onChange={(event) => {
          const input = event.currentTarget;
          read(input.files?.[0]);
          // Let the same file be chosen again after fixing it.
          input.value = '';
        }}
      />
      <label for={id} class="cb-button">
        {label}
      </label>
    </span>
  );
  if (!dropHint) return picker;
  return (
    <div class={`cb-drop${drop.dragging ? ' cb-drop--active' : ''}`} {...drop.handlers}>
      {picker}
      <span class="cb-drop__hint">{dropHint}</span>
    </div>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface ConfirmButtonProps {
  /** The button's text before confirmation: "Remove". */
  label: string;
  /** A fuller accessible name when `label` alone is ambiguous in a list: "Remove Another story". */
  accessibleLabel?: string;
  /** The question asked in the confirm step: "Remove “Another story”?" */
  question: string;
  /** The confirming button's text: "Yes, remove it". */
  confirmLabel: string;
  onConfirm(): void;
}

/**
 * A destructive action with a real confirm step in the page (not `window.confirm`, which extension
 * pages in some browsers suppress and which cannot be styled or tested): the first click asks,
 * focus moves to "Cancel" so an accidental Enter does nothing harmful, and Escape backs out.
 */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const i18n = useI18n();
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={triggerRef} type="button" class="cb-button cb-button--danger" aria-label={accessibleLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div
      class="cb-confirm"
      role="group"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setAsking(false);
      }}
    >
      <span class="cb-confirm__question">{question}</span>
      <button
        type="button"
        class="cb-button cb-button--danger-solid"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button ref={cancelRef} type="button" class="cb-button" onClick={() => setAsking(false)}>
        {i18n.t('common_cancel')}
      </button>
    </div>
  );
}

import { useState } from 'preact/hooks';
import { ENTITY_KINDS, type EntityKind } from '@/utils/pack/schema';
import { useI18n } from './i18n';
import { kindLabel } from './kind-labels';

export interface AddEntityFormProps {
  /** Adds the name; returns why it cannot be added, or null when it was. */
  onAdd(name: string, kind: EntityKind): string | null;
}

/** "Add" for a name the drafter missed: the name as the article writes it, and its kind. */
export function AddEntityForm({ onAdd }: AddEntityFormProps) {
  const i18n = useI18n();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<EntityKind>('person');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="cb-review__add"
      aria-label={i18n.t('review_addLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        const refusal = onAdd(name, kind);
        setError(refusal);
        if (!refusal) setName('');
      }}
    >
      <label class="cb-review__field">
        <span>{i18n.t('review_missedName')}</span>
        <input class="cb-input" value={name} onInput={(event) => setName(event.currentTarget.value)} />
      </label>
      <label class="cb-review__field">
        <span>{i18n.t('review_kind')}</span>
        <select class="cb-input" value={kind} onChange={(event) => setKind(event.currentTarget.value as EntityKind)}>
          {ENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(i18n, k)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="cb-button">
        {i18n.t('review_add')}
      </button>
      {error && (
        <p class="cb-error cb-review__add-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

import { useId, useState } from 'preact/hooks';
import { normalizeHostname } from '@/utils/settings';
import { useI18n } from './i18n';

export interface SiteListEditorProps {
  /** The list's name, used as its heading and to name its controls: "Paused sites". */
  title: string;
  /** One sentence under the title. */
  description: string;
  sites: string[];
  /** Called with the complete new list after an add or a removal. */
  onChange(sites: string[]): void;
  /** Text shown when the list is empty. */
  emptyText: string;
}

/**
 * A list of sites with an "add" field. Input is turned into a site key (`normalizeHostname`);
 * anything that is not a web address is refused with a message tied to the field.
 */
export function SiteListEditor({ title, description, sites, onChange, emptyText }: SiteListEditorProps) {
  const i18n = useI18n();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const text = draft.trim();
    if (text === '') {
      setError(i18n.t('sites_errorEmpty'));
      return;
    }
    const site = normalizeHostname(text);
    if (site === null) {
      setError(i18n.t('sites_errorInvalid', text));
      return;
    }
    if (sites.includes(site)) {
      setError(i18n.t('sites_errorDuplicate', site));
      return;
    }
    setError(null);
    setDraft('');
    onChange([...sites, site]);
  };

  return (
    <fieldset class="cb-fieldset cb-sites">
      <legend class="cb-legend">{title}</legend>
      <p class="cb-radio__hint">{description}</p>
      {sites.length === 0 ? (
        <p class="cb-note cb-sites__empty">{emptyText}</p>
      ) : (
        <ul class="cb-sites__list" aria-label={title}>
          {sites.map((site) => (
            <li key={site} class="cb-sites__item">
              <span>{site}</span>
              <button type="button" class="cb-button cb-button--small" aria-label={i18n.t('sites_removeSite', site)} onClick={() => onChange(sites.filter((other) => other !== site))}>
                {i18n.t('common_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="cb-sites__add">
        <label for={`${id}-input`} class="cb-visually-hidden">
          {i18n.t('sites_addField', title.toLocaleLowerCase(i18n.locale))}
        </label>
        <input
          id={`${id}-input`}
          type="text"
          inputMode="url"
          class="cb-input"
          placeholder="example.com"
          autocomplete="off"
          spellcheck={false}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            if (error) setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="cb-button" aria-label={i18n.t('sites_addTo', title.toLocaleLowerCase(i18n.locale))} onClick={add}>
          {i18n.t('sites_add')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} class="cb-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

import { useId, useState } from 'preact/hooks';
import { normalizeHostname } from '@/utils/settings';

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
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const text = draft.trim();
    if (text === '') {
      setError('Type a site’s address first, like example.com.');
      return;
    }
    const site = normalizeHostname(text);
    if (site === null) {
      setError(`“${text}” is not a site’s address. Type a hostname like example.com or news.example.co.uk.`);
      return;
    }
    if (sites.includes(site)) {
      setError(`${site} is already on the list.`);
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
              <button type="button" class="cb-button cb-button--small" aria-label={`Remove ${site}`} onClick={() => onChange(sites.filter((other) => other !== site))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="cb-sites__add">
        <label for={`${id}-input`} class="cb-visually-hidden">
          {`Site to add to ${title.toLowerCase()}`}
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
        <button type="button" class="cb-button" aria-label={`Add to ${title.toLowerCase()}`} onClick={add}>
          Add
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

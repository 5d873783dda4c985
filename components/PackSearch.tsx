import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Entity, Pack } from '@/utils/pack/schema';
import { BriefingCard } from './BriefingCard';
import { useI18n } from './i18n';
import { kindLabel } from './kind-labels';

export interface PackSearchProps {
  /** The enabled packs; results come from all of them. */
  packs: Pack[];
}

export interface SearchHit {
  pack: Pack;
  entity: Entity;
}

/** Folds case and accents and turns alias syntax (`[state]`, `(a|b)`, `~`) into plain words. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[[\]()|~]/g, ' ')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Entities whose name or an alias contains the query (case- and accent-insensitive); a name
 * starting with the query comes first, then alphabetical. At most `limit` hits.
 */
export function searchPacks(packs: readonly Pack[], query: string, limit = 20): SearchHit[] {
  const q = fold(query);
  if (q === '') return [];
  const hits: { hit: SearchHit; rank: number }[] = [];
  for (const pack of packs) {
    for (const entity of pack.entities) {
      const name = fold(entity.name);
      const rank = name.startsWith(q) ? 0 : name.includes(q) ? 1 : entity.aliases.some((alias) => fold(alias).includes(q)) ? 2 : -1;
      if (rank >= 0) hits.push({ hit: { pack, entity }, rank });
    }
  }
  return hits
    .sort((a, b) => a.rank - b.rank || a.hit.entity.name.localeCompare(b.hit.entity.name))
    .slice(0, limit)
    .map(({ hit }) => hit);
}

/** "Search the pack": type a name, pick a result, read its briefing card. */
export function PackSearch({ packs }: PackSearchProps) {
  const i18n = useI18n();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<SearchHit | null>(null);
  const hits = useMemo(() => searchPacks(packs, query), [packs, query]);
  // The search sits below the page's mentions, so its results or card can open below the popup's
  // fold: bring them into view as they change.
  const shownRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (query.trim() !== '' || selected) shownRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [query, selected]);

  const select = (pack: Pack, id: string) => {
    const entity = pack.entities.find((candidate) => candidate.id === id);
    if (entity) setSelected({ pack, entity });
  };

  return (
    <section class="cb-search" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} class="cb-section-title">
        {i18n.t('search_title')}
      </h2>
      <label for={inputId} class="cb-visually-hidden">
        {i18n.t('search_label')}
      </label>
      <input
        id={inputId}
        type="search"
        class="cb-input cb-search__input"
        placeholder={i18n.t('search_placeholder')}
        autocomplete="off"
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setSelected(null);
        }}
      />
      <div ref={shownRef} class="cb-search__shown">
      {selected ? (
        <div class="cb-search__card">
          <BriefingCard
            entity={selected.entity}
            pack={selected.pack}
            onSelectEntity={(id) => select(selected.pack, id)}
            onClose={() => setSelected(null)}
          />
        </div>
      ) : (
        query.trim() !== '' && (
          <>
            <p class="cb-visually-hidden" role="status">
              {hits.length === 0 ? i18n.t('search_noMatches') : i18n.plural('search_matchCount', hits.length)}
            </p>
            {hits.length === 0 ? (
              <p class="cb-note">{i18n.t('search_nobody', query.trim())}</p>
            ) : (
              <ul class="cb-mentions__list cb-search__results" aria-label={i18n.t('search_results')}>
                {hits.map(({ pack, entity }) => (
                  <li key={`${pack.id}/${entity.id}`}>
                    <button
                      type="button"
                      class="cb-mention"
                      data-entity-id={entity.id}
                      onClick={() => setSelected({ pack, entity })}
                    >
                      <span class="cb-mention__name">
                        <span class={`cb-dot cb-dot--${entity.kind}`} aria-hidden="true" /> {entity.name}
                      </span>
                      <span class="cb-search__kind">{kindLabel(i18n, entity.kind)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )
      )}
      </div>
    </section>
  );
}

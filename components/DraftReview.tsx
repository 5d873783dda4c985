import { useState } from 'preact/hooks';
import type { ImportResult } from '@/utils/pack/pack-store';
import { ENTITY_KINDS, PACK_LIMITS, type Entity, type EntityKind, type Pack } from '@/utils/pack/schema';
import { KIND_LABEL } from './kind-labels';
import { InstallOutcomeMessage, refusedImport, type InstallOutcome } from './InstallOutcome';

export interface DraftReviewProps {
  initialPack: Pack;
  /** What the drafter wants the reviewer to know (aliases left out, truncation). */
  notes?: readonly string[];
  onInstall(jsonText: string, options: { replace?: boolean }): Promise<ImportResult>;
  onDiscard(): void;
}

/** Article sentences offered per entity as briefing material. */
const MAX_CANDIDATES = 8;

/** Lower-case words joined by hyphens, as pack ids are. */
function kebab(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

const briefingOf = (sources: readonly number[], sentences: readonly string[]) => sources.map((i) => sentences[i]).join(' ');

/** Plain words of an alias, for spotting the sentences that mention an entity: "[Vladimir] Putin" → "vladimir putin". */
const aliasWords = (alias: string) => alias.replace(/[[\]()|~#]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** Sentences that name the entity (by any alias), its current sources first. */
function candidateSentences(entity: Entity, sentences: readonly string[]): number[] {
  const needles = entity.aliases.map(aliasWords).filter(Boolean);
  const matching = sentences.flatMap((sentence, i) => (needles.some((n) => sentence.toLowerCase().includes(n)) ? [i] : []));
  const rest = matching.filter((i) => !entity.sources.includes(i));
  return [...entity.sources, ...rest].slice(0, Math.max(MAX_CANDIDATES, entity.sources.length));
}

/** Drops ids that no longer exist from `related` and the timeline, mapping merged ids to the survivor. */
function relink(pack: Pack, entities: Entity[], renamed: ReadonlyMap<string, string> = new Map()): Pack {
  const ids = new Set(entities.map((e) => e.id));
  const map = (list: readonly string[], self?: string) => [...new Set(list.map((id) => renamed.get(id) ?? id))].filter((id) => ids.has(id) && id !== self);
  return {
    ...pack,
    entities: entities.map((e) => ({ ...e, related: map(e.related, e.id) })),
    article: { ...pack.article, timeline: pack.article.timeline.map((t) => ({ ...t, entities: map(t.entities) })) },
  };
}

/**
 * The review screen for a drafted pack: edit the title, names, roles and aliases; choose each
 * briefing among the article's own sentences (so nothing invented reaches the card); remove
 * entities or merge duplicates; then install.
 */
export function DraftReview({ initialPack, notes = [], onInstall, onDiscard }: DraftReviewProps) {
  const [pack, setPack] = useState(initialPack);
  const [selected, setSelected] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<InstallOutcome | null>(null);
  const { sentences } = pack.article;

  const update = (id: string, patch: Partial<Entity>) =>
    setPack((current) => ({ ...current, entities: current.entities.map((e) => (e.id === id ? { ...e, ...patch } : e)) }));

  const remove = (id: string) => {
    setPack((current) => relink(current, current.entities.filter((e) => e.id !== id)));
    setSelected((ids) => ids.filter((other) => other !== id));
  };

  const merge = () => {
    setPack((current) => {
      const chosen = current.entities.filter((e) => selected.includes(e.id));
      const [target, ...others] = chosen;
      if (!target || !others.length) return current;
      const aliases = [...new Set(chosen.flatMap((e) => e.aliases))].slice(0, PACK_LIMITS.maxAliasesPerEntity);
      const sources: number[] = [];
      for (const i of chosen.flatMap((e) => e.sources)) {
        if (sources.includes(i) || briefingOf([...sources, i], current.article.sentences).length > PACK_LIMITS.maxLongText) continue;
        sources.push(i);
      }
      const merged: Entity = {
        ...target,
        aliases,
        sources,
        briefing: briefingOf(sources, current.article.sentences),
        related: chosen.flatMap((e) => e.related),
        ...(target.when ?? others.find((e) => e.when)?.when ? { when: target.when ?? others.find((e) => e.when)!.when } : {}),
      };
      const renamed = new Map(others.map((e) => [e.id, target.id]));
      const entities = current.entities.filter((e) => !renamed.has(e.id)).map((e) => (e.id === target.id ? merged : e));
      return relink(current, entities, renamed);
    });
    setSelected([]);
  };

  const toggleSource = (entity: Entity, index: number, on: boolean) => {
    const sources = on ? [...entity.sources, index] : entity.sources.filter((i) => i !== index);
    if (!sources.length) return;
    update(entity.id, { sources, briefing: briefingOf(sources, sentences) });
  };

  const install = async (replace = false) => {
    const result = await onInstall(JSON.stringify(pack), { replace });
    if (result.ok) setOutcome({ kind: 'ok', message: `${result.replaced ? 'Replaced' : 'Installed'} “${result.pack.title}”. It is listed under Briefing packs.` });
    else setOutcome(refusedImport(result, '', result.conflictId !== undefined ? () => void install(true) : undefined));
  };

  return (
    <div class="cb-review">
      <h3 class="cb-section-title">Review the draft</h3>
      <p class="cb-note">
        {pack.entities.length} entities from {sentences.length} sentences. Briefings can only be made of the article’s own
        sentences: tick the ones to show.
      </p>
      {notes.length > 0 && (
        <ul class="cb-review__notes" aria-label="Notes on the draft">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <label class="cb-review__field">
        <span>Pack title</span>
        <input
          class="cb-input"
          value={pack.title}
          maxLength={PACK_LIMITS.maxShortText}
          onInput={(event) => {
            const title = event.currentTarget.value;
            setPack((current) => ({ ...current, title, id: kebab(title) || current.id, article: { ...current.article, headline: title } }));
          }}
        />
      </label>

      <div class="cb-review__bar">
        <button type="button" class="cb-button" disabled={selected.length < 2} onClick={merge}>
          Merge selected ({selected.length})
        </button>
        <span class="cb-note">Select two or more entries that name the same thing; the first keeps its name.</span>
      </div>

      <ul class="cb-review__list" aria-label="Drafted entities">
        {pack.entities.map((entity) => (
          <li key={entity.id} class="cb-review__entity" data-entity-id={entity.id}>
            <fieldset class="cb-fieldset">
              <legend class="cb-legend">
                <span class={`cb-dot cb-dot--${entity.kind}`} aria-hidden="true" /> {entity.name}
              </legend>
              <div class="cb-review__head">
                <label class="cb-check">
                  <input
                    type="checkbox"
                    checked={selected.includes(entity.id)}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setSelected((ids) => (on ? [...ids, entity.id] : ids.filter((id) => id !== entity.id)));
                    }}
                  />
                  Select {entity.name}
                </label>
                <button type="button" class="cb-button cb-button--small cb-button--danger" aria-label={`Remove ${entity.name}`} onClick={() => remove(entity.id)}>
                  Remove
                </button>
              </div>
              <div class="cb-review__fields">
                <label class="cb-review__field">
                  <span>Name</span>
                  <input class="cb-input" value={entity.name} maxLength={PACK_LIMITS.maxShortText} onInput={(e) => update(entity.id, { name: e.currentTarget.value })} />
                </label>
                <label class="cb-review__field">
                  <span>Kind</span>
                  <select class="cb-input" value={entity.kind} onChange={(e) => update(entity.id, { kind: e.currentTarget.value as EntityKind })}>
                    {ENTITY_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {KIND_LABEL[kind]}
                      </option>
                    ))}
                  </select>
                </label>
                <label class="cb-review__field">
                  <span>Role</span>
                  <input class="cb-input" value={entity.role} maxLength={PACK_LIMITS.maxShortText} onInput={(e) => update(entity.id, { role: e.currentTarget.value })} />
                </label>
                <label class="cb-review__field cb-review__field--wide">
                  <span>Aliases (comma-separated)</span>
                  <input
                    class="cb-input"
                    value={entity.aliases.join(', ')}
                    onChange={(e) =>
                      update(entity.id, {
                        aliases: [...new Set(e.currentTarget.value.split(',').map((a) => a.trim()).filter(Boolean))],
                      })
                    }
                  />
                </label>
              </div>
              <fieldset class="cb-review__sentences">
                <legend>Briefing sentences (the first ticked is quoted on the card)</legend>
                {candidateSentences(entity, sentences).map((i) => {
                  const on = entity.sources.includes(i);
                  const tooLong = !on && briefingOf([...entity.sources, i], sentences).length > PACK_LIMITS.maxLongText;
                  return (
                    <label key={i} class="cb-check cb-review__sentence">
                      <input type="checkbox" checked={on} disabled={tooLong || (on && entity.sources.length === 1)} onChange={(e) => toggleSource(entity, i, e.currentTarget.checked)} />
                      <span>{sentences[i]}</span>
                    </label>
                  );
                })}
              </fieldset>
            </fieldset>
          </li>
        ))}
      </ul>

      <div class="cb-review__bar">
        <button type="button" class="cb-button cb-button--primary" disabled={!pack.entities.length} onClick={() => void install()}>
          Install pack
        </button>
        <button type="button" class="cb-button" onClick={onDiscard}>
          Start over
        </button>
      </div>
      <InstallOutcomeMessage outcome={outcome} />
    </div>
  );
}

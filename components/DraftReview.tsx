import { useState } from 'preact/hooks';
import type { ImportResult } from '@/utils/pack/pack-store';
import { PACK_LIMITS, type Pack } from '@/utils/pack/schema';
import { DraftEntityEditor } from './DraftEntityEditor';
import { mergeEntities, removeEntity, retitle, toggleSource, updateEntity } from '@/utils/draft/draft-edits';
import { InstallOutcomeMessage, refusedImport, type InstallOutcome } from './InstallOutcome';

export interface DraftReviewProps {
  initialPack: Pack;
  /** What the drafter wants the reviewer to know (aliases left out, truncation). */
  notes?: readonly string[];
  onInstall(jsonText: string, options: { replace?: boolean }): Promise<ImportResult>;
  onDiscard(): void;
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

  const select = (id: string, on: boolean) => setSelected((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)));
  const remove = (id: string) => {
    setPack((current) => removeEntity(current, id));
    select(id, false);
  };
  const merge = () => {
    setPack((current) => mergeEntities(current, selected));
    setSelected([]);
  };
  const install = async (replace = false) => {
    const result = await onInstall(JSON.stringify(pack), { replace });
    if (result.ok) setOutcome({ kind: 'ok', message: `${result.replaced ? 'Replaced' : 'Installed'} “${result.pack.title}”. It is listed under Briefing packs.` });
    else setOutcome(refusedImport(result, '', result.conflictId !== undefined ? () => void install(true) : undefined));
  };

  return (
    <div class="cb-review">
      <ReviewIntro entityCount={pack.entities.length} sentenceCount={sentences.length} notes={notes} />
      <label class="cb-review__field">
        <span>Pack title</span>
        <input
          class="cb-input"
          value={pack.title}
          maxLength={PACK_LIMITS.maxShortText}
          onInput={(event) => {
            const title = event.currentTarget.value;
            setPack((current) => retitle(current, title));
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
            <DraftEntityEditor
              entity={entity}
              sentences={sentences}
              selected={selected.includes(entity.id)}
              onSelect={(on) => select(entity.id, on)}
              onRemove={() => remove(entity.id)}
              onChange={(patch) => setPack((current) => updateEntity(current, entity.id, patch))}
              onToggleSource={(index, on) => setPack((current) => toggleSource(current, entity.id, index, on))}
            />
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

/** The heading, what the draft holds, and the drafter's notes. */
function ReviewIntro({ entityCount, sentenceCount, notes }: { entityCount: number; sentenceCount: number; notes: readonly string[] }) {
  return (
    <>
      <h3 class="cb-section-title">Review the draft</h3>
      <p class="cb-note">
        {entityCount} entities from {sentenceCount} sentences. Briefings can only be made of the article’s own
        sentences: tick the ones to show.
      </p>
      {notes.length > 0 && (
        <ul class="cb-review__notes" aria-label="Notes on the draft">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}

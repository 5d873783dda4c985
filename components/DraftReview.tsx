import { useState } from 'preact/hooks';
import type { ImportResult } from '@/utils/pack/pack-store';
import { PACK_LIMITS, type Pack } from '@/utils/pack/schema';
import { DraftEntityEditor } from './DraftEntityEditor';
import { mergeEntities, removeEntity, retitle, toggleSource, updateEntity } from '@/utils/draft/draft-edits';
import { InstallOutcomeMessage, refusedImport, type InstallOutcome } from './InstallOutcome';
import { useI18n } from './i18n';

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
  const i18n = useI18n();
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
    if (result.ok) setOutcome({ kind: 'ok', message: i18n.t(result.replaced ? 'review_replaced' : 'review_installed', result.pack.title, i18n.t('options_packs')) });
    else setOutcome(refusedImport(i18n, result, null, result.conflictId !== undefined ? () => void install(true) : undefined));
  };

  return (
    <div class="cb-review">
      <ReviewIntro entityCount={pack.entities.length} sentenceCount={sentences.length} notes={notes} />
      <label class="cb-review__field">
        <span>{i18n.t('review_packTitle')}</span>
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
          {i18n.t('review_merge', selected.length)}
        </button>
        <span class="cb-note">{i18n.t('review_mergeHint')}</span>
      </div>

      <ul class="cb-review__list" aria-label={i18n.t('review_entities')}>
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
          {i18n.t('review_install')}
        </button>
        <button type="button" class="cb-button" onClick={onDiscard}>
          {i18n.t('review_startOver')}
        </button>
      </div>
      <InstallOutcomeMessage outcome={outcome} />
    </div>
  );
}

/** The heading, what the draft holds, and the drafter's notes. */
function ReviewIntro({ entityCount, sentenceCount, notes }: { entityCount: number; sentenceCount: number; notes: readonly string[] }) {
  const i18n = useI18n();
  return (
    <>
      <h3 class="cb-section-title">{i18n.t('review_title')}</h3>
      <p class="cb-note">
        {i18n.plural('review_counts', entityCount, i18n.plural('review_sentences', sentenceCount))} {i18n.t('review_countsHint')}
      </p>
      {notes.length > 0 && (
        <ul class="cb-review__notes" aria-label={i18n.t('review_notes')}>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}

import { useMemo, useState } from 'preact/hooks';
import type { ImportResult } from '@/utils/pack/pack-store';
import { PACK_LIMITS, type Entity, type EntityKind, type Pack } from '@/utils/pack/schema';
import { mergeEntities, removeEntity, retitle, toggleSource, updateEntity } from '@/utils/draft/draft-edits';
import { addEntity, asCopy, keepOnly, mentionCounts, sureIds, type AddRefusal } from '@/utils/draft/review-list';
import type { DraftNote } from '@/utils/draft/draft-pack';
import { noteSentence } from '@/utils/draft/note-sentence';
import type { Translator } from '@/utils/i18n';
import { AddEntityForm } from './AddEntityForm';
import { DraftEntityEditor } from './DraftEntityEditor';
import { InstallOutcomeMessage, refusedImport, type InstallOutcome } from './InstallOutcome';
import { kindLabel } from './kind-labels';
import './pack-drafter.css';
import { useI18n } from './i18n';

export interface DraftReviewProps {
  initialPack: Pack;
  /** What the drafter wants the reviewer to know (aliases left out, truncation). */
  notes?: readonly DraftNote[];
  onInstall(jsonText: string, options: { replace?: boolean }): Promise<ImportResult>;
  onDiscard(): void;
  /** The discard button's words, translated: "Start over" (the default) where the article can be changed, "Discard" on the draft page. */
  discardLabel?: string;
}

/** Copies tried under a new id ("-2", "-3"…) when the reader keeps both packs. */
const MAX_COPIES = 20;

/**
 * The review of a drafted pack, made to be finished in under a minute: the title and Install at
 * the top; the entities as a compact list (kind, name, role, how often the article names them)
 * with the sure ones ticked for installing; a name opens its full editor (names, roles, aliases,
 * briefing sentences, select for merging, remove); "Add" takes a name the drafter missed.
 */
export function DraftReview({ initialPack, notes = [], onInstall, onDiscard, discardLabel }: DraftReviewProps) {
  const i18n = useI18n();
  const [pack, setPack] = useState(initialPack);
  const counts = useMemo(() => mentionCounts(pack), [pack]);
  const [ticked, setTicked] = useState<string[]>(() => sureIds(initialPack, mentionCounts(initialPack)));
  const [open, setOpen] = useState<string[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<InstallOutcome | null>(null);

  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id));
  const remove = (id: string) => {
    setPack((current) => removeEntity(current, id));
    setTicked((ids) => toggle(ids, id, false));
    setSelected((ids) => toggle(ids, id, false));
  };
  const merge = () => {
    setPack((current) => mergeEntities(current, selected));
    setSelected([]);
  };
  const add = (name: string, kind: EntityKind): string | null => {
    const added = addEntity(pack, name, kind);
    if (!added.ok) return addRefusalSentence(i18n, added);
    setPack(added.pack);
    setTicked((ids) => [...ids, added.id]);
    return null;
  };

  const chosen = keepOnly(pack, ticked);
  const install = async (candidate: Pack, replace: boolean, copy: number) => {
    const result = await onInstall(JSON.stringify(candidate), { replace });
    if (result.ok) {
      setOutcome({ kind: 'ok', message: i18n.t(result.replaced ? 'review_replacedNow' : 'review_installedNow', result.pack.title) });
    } else if (result.refusal.kind === 'id-taken' && copy > 1 && copy <= MAX_COPIES) {
      await install(asCopy(chosen, copy + 1), false, copy + 1);
    } else {
      const conflict = result.conflictId !== undefined;
      setOutcome(refusedImport(i18n, result, null, conflict ? () => void install(candidate, true, 0) : undefined, conflict ? () => void install(asCopy(chosen, 2), false, 2) : undefined));
    }
  };

  return (
    <div class="cb-review">
      <ReviewTop
        title={pack.title}
        count={chosen.entities.length}
        onTitle={(title) => setPack((current) => retitle(current, title))}
        onInstall={() => void install(chosen, false, 0)}
        onDiscard={onDiscard}
        discardLabel={discardLabel ?? i18n.t('review_startOver')}
      />
      <InstallOutcomeMessage outcome={outcome} />
      <ReviewIntro ticked={ticked.length} total={pack.entities.length} sentenceCount={pack.article.sentences.length} notes={notes} />
      <ul class="cb-review__rows" aria-label={i18n.t('review_entities')}>
        {pack.entities.map((entity) => (
          <li key={entity.id} class="cb-review__entity" data-entity-id={entity.id}>
            <EntityRow
              entity={entity}
              mentions={counts.get(entity.id) ?? 0}
              ticked={ticked.includes(entity.id)}
              open={open.includes(entity.id)}
              onTick={(on) => setTicked((ids) => toggle(ids, entity.id, on))}
              onOpen={(on) => setOpen((ids) => toggle(ids, entity.id, on))}
            />
            {open.includes(entity.id) && (
              <DraftEntityEditor
                entity={entity}
                sentences={pack.article.sentences}
                selected={selected.includes(entity.id)}
                onSelect={(on) => setSelected((ids) => toggle(ids, entity.id, on))}
                onRemove={() => remove(entity.id)}
                onChange={(patch) => setPack((current) => updateEntity(current, entity.id, patch))}
                onToggleSource={(index, on) => setPack((current) => toggleSource(current, entity.id, index, on))}
                nameOf={(id) => pack.entities.find((e) => e.id === id)?.name ?? id}
              />
            )}
          </li>
        ))}
      </ul>
      <div class="cb-review__bar">
        <AddEntityForm onAdd={add} />
        {selected.length > 0 && (
          <button type="button" class="cb-button" disabled={selected.length < 2} onClick={merge}>
            {i18n.t('review_merge', selected.length)}
          </button>
        )}
      </div>
    </div>
  );
}

/** The title and the actions, at the top so Install is in view without scrolling. */
function ReviewTop(props: { title: string; count: number; onTitle(title: string): void; onInstall(): void; onDiscard(): void; discardLabel: string }) {
  const i18n = useI18n();
  return (
    <div class="cb-review__top">
      <label class="cb-review__field cb-review__title">
        <span>{i18n.t('review_packTitle')}</span>
        <input class="cb-input" value={props.title} maxLength={PACK_LIMITS.maxShortText} onInput={(event) => props.onTitle(event.currentTarget.value)} />
      </label>
      <button type="button" class="cb-button cb-button--primary" disabled={!props.count} onClick={props.onInstall}>
        {i18n.t('review_install')}
      </button>
      <button type="button" class="cb-button" onClick={props.onDiscard}>
        {props.discardLabel}
      </button>
    </div>
  );
}

/** One line per entity: install tick, kind, name (opens the editor), role, mentions. */
function EntityRow(props: { entity: Entity; mentions: number; ticked: boolean; open: boolean; onTick(on: boolean): void; onOpen(on: boolean): void }) {
  const { entity, mentions } = props;
  const i18n = useI18n();
  return (
    <div class="cb-review__row">
      <input type="checkbox" checked={props.ticked} aria-label={i18n.t('review_installEntity', entity.name)} onChange={(event) => props.onTick(event.currentTarget.checked)} />
      <span class="cb-review__kind">
        <span class={`cb-dot cb-dot--${entity.kind}`} aria-hidden="true" /> {kindLabel(i18n, entity.kind)}
      </span>
      <button type="button" class="cb-review__name" aria-expanded={props.open} onClick={() => props.onOpen(!props.open)}>
        {entity.name}
      </button>
      <span class="cb-review__role">{entity.role ?? ''}</span>
      <span class="cb-review__count">{i18n.plural('mentionCount', mentions)}</span>
    </div>
  );
}

/** What the draft holds, how to use the list, and the drafter's notes (closed). */
function ReviewIntro({ ticked, total, sentenceCount, notes }: { ticked: number; total: number; sentenceCount: number; notes: readonly DraftNote[] }) {
  const i18n = useI18n();
  return (
    <>
      <h2 class="cb-section-title">{i18n.t('review_title')}</h2>
      <p class="cb-note">{i18n.plural('review_tickedOf', total, ticked, i18n.plural('review_sentences', sentenceCount))}</p>
      {notes.length > 0 && (
        <details class="cb-review__notes">
          <summary>{i18n.t('review_notesCount', notes.length)}</summary>
          <ul aria-label={i18n.t('review_notes')}>
            {notes.map((note) => noteSentence(i18n, note)).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** Why a missed name cannot be added, in one sentence. */
function addRefusalSentence(i18n: Translator, refusal: AddRefusal): string {
  switch (refusal.reason) {
    case 'empty':
      return i18n.t('review_addEmpty');
    case 'unusable':
      return i18n.t('review_addUnusable', refusal.name);
    case 'not-named':
      return i18n.t('review_addNotNamed', refusal.name);
  }
}

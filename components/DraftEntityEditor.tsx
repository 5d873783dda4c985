import { ENTITY_KINDS, PACK_LIMITS, type Entity, type EntityKind } from '@/utils/pack/schema';
import { candidateSentences, fitsBriefing, parseAliases } from '@/utils/draft/draft-edits';
import { useI18n } from './i18n';
import { kindLabel } from './kind-labels';

export interface DraftEntityEditorProps {
  entity: Entity;
  /** The article's sentences, which the briefing is chosen from. */
  sentences: readonly string[];
  /** Whether the entity is ticked for merging. */
  selected: boolean;
  onSelect(on: boolean): void;
  onRemove(): void;
  onChange(patch: Partial<Entity>): void;
  onToggleSource(index: number, on: boolean): void;
  /** The display name of another entity of the draft, for the groups of an event's frame. */
  nameOf?(id: string): string;
}

/** One drafted entity in the review: select it for merging or remove it, edit its fields, choose its briefing. */
export function DraftEntityEditor({ entity, sentences, selected, onSelect, onRemove, onChange, onToggleSource, nameOf = (id) => id }: DraftEntityEditorProps) {
  const i18n = useI18n();
  return (
    <fieldset class="cb-fieldset">
      <legend class="cb-legend">
        <span class={`cb-dot cb-dot--${entity.kind}`} aria-hidden="true" /> {entity.name}
      </legend>
      <div class="cb-review__head">
        <label class="cb-check">
          <input type="checkbox" checked={selected} onChange={(event) => onSelect(event.currentTarget.checked)} />
          {i18n.t('review_select', entity.name)}
        </label>
        <button type="button" class="cb-button cb-button--small cb-button--danger" aria-label={i18n.t('sites_removeSite', entity.name)} onClick={onRemove}>
          {i18n.t('common_remove')}
        </button>
      </div>
      <EntityFields entity={entity} onChange={onChange} nameOf={nameOf} />
      <BriefingSentences entity={entity} sentences={sentences} onToggleSource={onToggleSource} />
    </fieldset>
  );
}

/** Name, kind, role, aliases, and the words of an event's frame. */
function EntityFields({ entity, onChange, nameOf }: Pick<DraftEntityEditorProps, 'entity' | 'onChange'> & { nameOf(id: string): string }) {
  const i18n = useI18n();
  const frame = entity.frames?.[0];
  return (
    <div class="cb-review__fields">
      <label class="cb-review__field">
        <span>{i18n.t('review_name')}</span>
        <input class="cb-input" value={entity.name} maxLength={PACK_LIMITS.maxShortText} onInput={(e) => onChange({ name: e.currentTarget.value })} />
      </label>
      <label class="cb-review__field">
        <span>{i18n.t('review_kind')}</span>
        <select class="cb-input" value={entity.kind} onChange={(e) => onChange({ kind: e.currentTarget.value as EntityKind })}>
          {ENTITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(i18n, kind)}
            </option>
          ))}
        </select>
      </label>
      <label class="cb-review__field">
        <span>{i18n.t('review_role')}</span>
        <input
          class="cb-input"
          value={entity.role ?? ''}
          maxLength={PACK_LIMITS.maxShortText}
          // An empty role is no role: the card then shows none.
          onInput={(e) => onChange({ role: e.currentTarget.value.trim() ? e.currentTarget.value : undefined })}
        />
      </label>
      <label class="cb-review__field cb-review__field--wide">
        <span>{i18n.t('review_aliases')}</span>
        <input class="cb-input" value={entity.aliases.join(', ')} onChange={(e) => onChange({ aliases: parseAliases(e.currentTarget.value) })} />
      </label>
      {frame && (
        <label class="cb-review__field cb-review__field--wide">
          <span>{i18n.t('review_frameTriggers', frame.with.map((g) => [...(g.entities ?? []).map(nameOf), ...(g.phrases ?? [])].join(' / ')).join(', '))}</span>
          <input class="cb-input" value={frame.triggers.join(', ')} onChange={(e) => onChange({ frames: withTriggers(entity.frames!, parseAliases(e.currentTarget.value)) })} />
        </label>
      )}
    </div>
  );
}

/** The frames with the first one's triggers replaced; with none left, no frame (an empty field drops it). */
function withTriggers(frames: NonNullable<Entity['frames']>, triggers: string[]): Entity['frames'] {
  const [first, ...rest] = frames;
  if (triggers.length > 0) return [{ ...first!, triggers }, ...rest];
  return rest.length > 0 ? rest : undefined;
}

/**
 * The article sentences that name the entity, ticked where they make its briefing. The last ticked
 * one cannot be unticked (a briefing needs a sentence), and one that would make the briefing too
 * long cannot be ticked.
 */
function BriefingSentences({ entity, sentences, onToggleSource }: Pick<DraftEntityEditorProps, 'entity' | 'sentences' | 'onToggleSource'>) {
  const i18n = useI18n();
  return (
    <fieldset class="cb-review__sentences">
      <legend>{i18n.t('review_sentencesLegend')}</legend>
      {candidateSentences(entity, sentences).map((i) => {
        const on = entity.sources.includes(i);
        const tooLong = !on && !fitsBriefing(entity.sources, i, sentences);
        return (
          <label key={i} class="cb-check cb-review__sentence">
            <input type="checkbox" checked={on} disabled={tooLong || (on && entity.sources.length === 1)} onChange={(e) => onToggleSource(i, e.currentTarget.checked)} />
            <span>{sentences[i]}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

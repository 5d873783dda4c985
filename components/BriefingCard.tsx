import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { cardText } from '@/utils/card-text';
import type { Entity, Pack } from '@/utils/pack/schema';
import { storyLine } from '@/utils/story-line';
import { useI18n } from './i18n';
import { kindLabel } from './kind-labels';

export interface BriefingCardProps {
  entity: Entity;
  pack: Pack;
  /**
   * The same name in other stories (other packs' entities that know it), each briefing shown under
   * its own story after the first, in the order given.
   */
  alsoIn?: ReadonlyArray<{ entity: Entity; pack: Pack }>;
  /** A related entity was chosen (its id inside `packId`): the host swaps the card's entity. */
  onSelectEntity(id: string, packId: string): void;
  /** The name of the entity this card was opened from (a related entity's card); shows "Back". */
  backTo?: string;
  /** "Back" was chosen: the host shows the entity named by `backTo` again. */
  onBack?(): void;
  /** Shown as "Pause on this site" only when given. */
  onPauseSite?(): void;
  /** Shown as "Settings" only when given. */
  onOpenSettings?(): void;
  onClose(): void;
}

/**
 * The hover card. A pure view: the tooltip host owns the shadow root, positioning, timing and
 * teardown, and injects `briefing-card.css` itself (this component imports no CSS, so it renders
 * the same in the shadow root, in tests and in screenshots).
 *
 * Three parts: the head (kind, name, role, close) and the actions always show; the body between
 * them (the story line, the briefing, the quote, related entities) is what scrolls when the room
 * beside the mention is short. What the body says comes from `cardText` (utils/card-text.ts).
 *
 * Every pack string is rendered as a text child, never as HTML: a pack is data from outside.
 */
export function BriefingCard({ entity, pack, alsoIn = [], onSelectEntity, backTo, onBack, onPauseSite, onOpenSettings, onClose }: BriefingCardProps) {
  const i18n = useI18n();
  const hasActions = Boolean(onPauseSite || onOpenSettings);

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    // Keep the page's own Escape handlers (its modals, its menus) from seeing a key meant for us.
    event.stopPropagation();
    onClose();
  };

  return (
    <div
      class="cb-card"
      role="dialog"
      aria-label={entity.name}
      data-entity-id={entity.id}
      data-kind={entity.kind}
      onKeyDown={onKeyDown}
    >
      <div class="cb-card__head">
        <div class="cb-card__top">
          {backTo && onBack && (
            <button type="button" class="cb-card__back" aria-label={i18n.t('card_backTo', backTo)} title={i18n.t('card_backTo', backTo)} onClick={onBack}>
              <span aria-hidden="true">‹</span> {i18n.t('card_back')}
            </button>
          )}
          <span class={`cb-chip cb-chip--${entity.kind}`}>{kindLabel(i18n, entity.kind)}</span>
          {entity.when && (
            <span class="cb-card__when">
              <span class="cb-visually-hidden">{i18n.t('card_datePrefix')} </span>
              <span lang={pack.language}>{entity.when}</span>
            </span>
          )}
          <button type="button" class="cb-card__close" aria-label={i18n.t('card_close')} title={i18n.t('card_closeTitle')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <h2 class="cb-card__name" lang={pack.language}>
          {entity.name}
        </h2>
        {entity.role && (
          <p class="cb-card__role" lang={pack.language}>
            {entity.role}
          </p>
        )}
      </div>

      <div class="cb-card__body">
        {/* Keyed by entity: "More" and "Source" start folded on every entity the card shows. */}
        <StoryBriefing key={`${pack.id}\u0000${entity.id}`} entity={entity} pack={pack} onSelectEntity={onSelectEntity} />
        {alsoIn.map((other) => (
          <StoryBriefing key={`${other.pack.id}\u0000${other.entity.id}`} entity={other.entity} pack={other.pack} onSelectEntity={onSelectEntity} also />
        ))}
      </div>

      {hasActions && (
        <div class="cb-card__actions">
          {onPauseSite && (
            <button type="button" class="cb-action" onClick={onPauseSite}>
              {i18n.t('common_pauseOnThisSite')}
            </button>
          )}
          {onOpenSettings && (
            <button type="button" class="cb-action" onClick={onOpenSettings}>
              {i18n.t('common_settings')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * One story's briefing of the entity: the story line, the briefing, the quote, related entities.
 * `also` marks a further story's briefing of the same name: set apart, with its own role when the
 * story gives the entity another.
 */
function StoryBriefing({ entity, pack, onSelectEntity, also = false }: Pick<BriefingCardProps, 'entity' | 'pack' | 'onSelectEntity'> & { also?: boolean }) {
  const i18n = useI18n();
  const [more, setMore] = useState(false);
  const [sourceOpen, setSourceOpen] = useState(false);
  const firstSource = entity.sources[0];
  const text = cardText({
    name: entity.name,
    role: entity.role,
    briefing: entity.briefing,
    quote: firstSource === undefined ? undefined : pack.article.sentences[firstSource],
  });
  const story = storyLine(i18n, { title: pack.article.headline, source: pack.source, published: pack.article.published });
  const related = entity.related.flatMap((id) => {
    // Validation rejects unknown references in the bundled pack; skipping them here keeps a card
    // usable even for a pack that slipped through with a dangling id.
    const other = pack.entities.find((candidate) => candidate.id === id);
    return other && other.id !== entity.id ? [other] : [];
  });
  const briefing = more && text.rest ? `${text.lead} ${text.rest}` : text.cutInSentence ? `${text.lead} …` : text.lead;

  return (
    <section class={`cb-card__briefing-of${also ? ' cb-card__briefing-of--also' : ''}`} data-pack-id={pack.id} aria-label={story ?? pack.title}>
      {story && <p class="cb-card__story">{story}</p>}
      {also && entity.role && (
        <p class="cb-card__role" lang={pack.language}>
          {entity.role}
        </p>
      )}
      <p class="cb-card__briefing">
        <span lang={pack.language}>{briefing}</span>
        {text.rest && (
          <>
            {' '}
            <button type="button" class="cb-card__more" aria-expanded={more} onClick={() => setMore(!more)}>
              {i18n.t(more ? 'card_less' : 'card_more')}
            </button>
          </>
        )}
      </p>

      {text.quote && (
        <div class="cb-card__source">
          <button type="button" class="cb-card__source-toggle" aria-expanded={sourceOpen} onClick={() => setSourceOpen(!sourceOpen)}>
            <span aria-hidden="true" class="cb-card__caret">
              {sourceOpen ? '▾' : '▸'}
            </span>{' '}
            {i18n.t('card_source')}
          </button>
          {sourceOpen && <blockquote class="cb-card__quote" lang={pack.language}>{i18n.t('card_quote', text.quote)}</blockquote>}
        </div>
      )}

      {related.length > 0 && (
        <div class="cb-card__related" role="group" aria-label={i18n.t('card_related')}>
          <span class="cb-card__related-label" aria-hidden="true">
            {i18n.t('card_related')}
          </span>
          <ul class="cb-card__related-list">
            {related.map((other) => (
              <li key={other.id}>
                <button
                  type="button"
                  class={`cb-related cb-related--${other.kind}`}
                  data-entity-id={other.id}
                  lang={pack.language}
                  onClick={() => onSelectEntity(other.id, pack.id)}
                >
                  {other.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

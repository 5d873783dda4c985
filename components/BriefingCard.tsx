import type { JSX } from 'preact';
import type { Entity, Pack } from '@/utils/pack/schema';
import { KIND_LABEL } from './kind-labels';

export interface BriefingCardProps {
  entity: Entity;
  pack: Pack;
  /** A related entity was chosen: the host swaps the card's entity. */
  onSelectEntity(id: string): void;
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
 * Every pack string is rendered as a text child, never as HTML: a pack is data from outside.
 */
export function BriefingCard({ entity, pack, onSelectEntity, onPauseSite, onOpenSettings, onClose }: BriefingCardProps) {
  const firstSource = entity.sources[0];
  const quote = firstSource === undefined ? undefined : pack.article.sentences[firstSource];
  const related = entity.related.flatMap((id) => {
    // Validation rejects unknown references in the bundled pack; skipping them here keeps a card
    // usable even for a pack that slipped through with a dangling id.
    const other = pack.entities.find((candidate) => candidate.id === id);
    return other && other.id !== entity.id ? [other] : [];
  });
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
      <div class="cb-card__top">
        <span class={`cb-chip cb-chip--${entity.kind}`}>{KIND_LABEL[entity.kind]}</span>
        {entity.when && (
          <span class="cb-card__when">
            <span class="cb-visually-hidden">Date: </span>
            {entity.when}
          </span>
        )}
        <button type="button" class="cb-card__close" aria-label="Close briefing" title="Close (Esc)" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      <h2 class="cb-card__name">{entity.name}</h2>
      <p class="cb-card__role">{entity.role}</p>
      <p class="cb-card__briefing">{entity.briefing}</p>

      {quote && (
        <figure class="cb-card__source">
          <figcaption class="cb-card__source-label">From the article:</figcaption>
          <blockquote class="cb-card__quote">“{quote}”</blockquote>
        </figure>
      )}

      {related.length > 0 && (
        <div class="cb-card__related" role="group" aria-label="Related">
          <span class="cb-card__related-label" aria-hidden="true">
            Related
          </span>
          <ul class="cb-card__related-list">
            {related.map((other) => (
              <li key={other.id}>
                <button
                  type="button"
                  class={`cb-related cb-related--${other.kind}`}
                  data-entity-id={other.id}
                  onClick={() => onSelectEntity(other.id)}
                >
                  {other.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      {hasActions && (
        <div class="cb-card__actions">
          {onPauseSite && (
            <button type="button" class="cb-action" onClick={onPauseSite}>
              Pause on this site
            </button>
          )}
          {onOpenSettings && (
            <button type="button" class="cb-action" onClick={onOpenSettings}>
              Settings
            </button>
          )}
        </div>
      )}
    </div>
  );
}

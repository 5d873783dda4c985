import { briefingLead } from '@/utils/card-text';
import { useI18n } from './i18n';
import { kindLabel } from './kind-labels';
import type { MentionGroup } from './PageMentionList';

export interface PanelMentionListProps {
  /** The page's mentions by kind (`groupMentions`), in the order the list shows them. */
  groups: MentionGroup[];
  /** The reader chose an entity: scroll the page to its next mention and open its card. */
  onReveal(key: string): void;
}

/**
 * "On this page" in the side panel: one list item per entity the page names, with its kind, role,
 * the first words of its briefing and how often the page names it — a list a screen reader can
 * walk item by item — and a button that takes the page to the entity's next mention.
 */
export function PanelMentionList({ groups, onReveal }: PanelMentionListProps) {
  const i18n = useI18n();
  const items = groups.flatMap((group) => group.items);
  return (
    <ul class="cb-panel-mentions" aria-label={i18n.t('sidepanel_mentionsLabel')}>
      {items.map(({ key, entity, count, lang }) => {
        const nameId = `cb-panel-name-${key}`;
        return (
          <li key={key} class="cb-panel-mention" data-entity-id={key}>
            <div class="cb-panel-mention__head">
              <span class={`cb-dot cb-dot--${entity.kind}`} aria-hidden="true" />
              <h3 id={nameId} class="cb-panel-mention__name" lang={lang}>
                {entity.name}
              </h3>
              <span class="cb-panel-mention__count">{i18n.plural('mentionCount', count)}</span>
            </div>
            <p class="cb-panel-mention__role">
              <span class="cb-panel-mention__kind">{kindLabel(i18n, entity.kind)}</span> · <span lang={lang}>{entity.role}</span>
            </p>
            <p class="cb-panel-mention__briefing" lang={lang}>
              {briefingLead(entity)}
            </p>
            <button type="button" class="cb-button cb-panel-mention__go" onClick={() => onReveal(key)}>
              {count > 1 ? i18n.t('sidepanel_next', entity.name) : i18n.t('sidepanel_goTo', entity.name)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

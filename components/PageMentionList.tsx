import { ENTITY_KINDS, type Entity, type EntityKind, type Pack } from '@/utils/pack/schema';
import type { PageMentions } from '@/utils/messages';
import { buildCatalog } from '@/utils/pack/catalog';
import { briefingLead } from '@/utils/card-text';
import type { Translator } from '@/utils/i18n';
import { Rich, useI18n } from './i18n';
import { kindGroupLabel } from './kind-labels';

/** What the popup knows about the current tab's mentions. */
export type PageMentionsState =
  | { status: 'loading' }
  /** The tab has no content script: a browser page, the web store, a PDF viewer… */
  | { status: 'unsupported' }
  /** The extension is switched off, so nothing is scanned. */
  | { status: 'off' }
  /** The user paused briefings on this site (the site control above the list says how to resume). */
  | { status: 'paused'; site: string }
  /** Allow-list mode is on and this site is not on the list. */
  | { status: 'not-allowed'; site: string }
  | { status: 'ready'; mentions: PageMentions };

export interface PageMentionListProps {
  pack: Pack;
  /** All enabled packs, when there are several: counts are matched against all their entities. */
  packs?: Pack[];
  state: PageMentionsState;
  /** The user chose an entity: scroll the tab to it and open its card. */
  onReveal(entityId: string): void;
  /** Go to the next mention on the page and open its card (the keyboard command's path). */
  onNext?(): void;
  /** The "next mention" key, for the help on a page with no mentions; `''` when none is set. */
  shortcut?: string;
}

export interface MentionGroup {
  kind: EntityKind;
  /**
   * `key` is the entity's catalog key: what the content script counts and reveals by. `lang` is
   * its story's language: the pack's words are marked with it, whatever the interface's.
   */
  items: { key: string; entity: Entity; count: number; lang: string }[];
}

/**
 * Pairs the page's counts with the pack's entities and groups them by kind, in the pack's kind
 * order; most-mentioned first within a group. Ids the pack does not know (a content script running
 * an older pack) and zero counts are dropped.
 */
export function groupMentions(pack: Pack | Pack[], counts: Record<string, number>): MentionGroup[] {
  const groups: MentionGroup[] = [];
  // The same key space as the content script: an id two packs share gets a pack-qualified key.
  const entries = buildCatalog(Array.isArray(pack) ? pack : [pack]).entries();
  for (const kind of ENTITY_KINDS) {
    const items = entries
      .filter(({ key, entity }) => entity.kind === kind && (counts[key] ?? 0) > 0)
      .map(({ key, entity, pack }) => ({ key, entity, count: counts[key] ?? 0, lang: pack.language }))
      .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
    if (items.length > 0) groups.push({ kind, items });
  }
  return groups;
}

const mentionsLabel = (i18n: Translator, count: number) => i18n.plural('mentionCount', count);

/** "On this page": the current tab's mentions grouped by kind, or why there are none. */
/** "No one from “<story>” is mentioned on this page", or from your N stories. */
export function noneFromStories(i18n: Translator, packs: readonly Pack[]): string {
  return packs.length === 1 ? i18n.t('mentions_noneFromStory', packs[0]!.title) : i18n.plural('mentions_noneFromStories', packs.length);
}

export function PageMentionList(props: PageMentionListProps) {
  const { state } = props;
  const i18n = useI18n();
  return (
    <section class="cb-mentions" aria-labelledby="cb-mentions-title" aria-busy={state.status === 'loading'}>
      <h2 id="cb-mentions-title" class="cb-section-title">
        {i18n.t('mentions_title')}
      </h2>
      <MentionBody {...props} />
    </section>
  );
}

/**
 * A page that names no one from the stories: what the extension does and how to use it, in a few
 * lines, since this is often the first thing a new user sees.
 */
function NoMentionsHelp({ packs, shortcut }: { packs: Pack[]; shortcut?: string }) {
  const i18n = useI18n();
  return (
    <div class="cb-help">
      <p class="cb-note">
        <strong>
          {noneFromStories(i18n, packs)}
        </strong>
      </p>
      <ul class="cb-help__list">
        <li>{i18n.t('mentions_helpWhat')}</li>
        <li>{i18n.t('mentions_helpHover')}</li>
        {shortcut ? (
          <li>
            <Rich k="mentions_helpShortcut" parts={[<kbd class="cb-kbd">{shortcut}</kbd>]} />
          </li>
        ) : null}
        <li>
          <Rich k="mentions_helpAdd" parts={[<strong>{i18n.t('common_settings')}</strong>]} />
        </li>
      </ul>
    </div>
  );
}

function MentionBody({ pack, packs, state, onReveal, onNext, shortcut }: PageMentionListProps) {
  const i18n = useI18n();
  switch (state.status) {
    case 'loading':
      return <p class="cb-note">{i18n.t('mentions_loading')}</p>;
    case 'unsupported':
      return <p class="cb-note">{i18n.t('mentions_unsupported')}</p>;
    case 'off':
      return <p class="cb-note">{i18n.t('mentions_off')}</p>;
    case 'paused':
      return <p class="cb-note">{i18n.t('mentions_paused', state.site)}</p>;
    case 'not-allowed':
      return <p class="cb-note">{i18n.t('mentions_notAllowed', state.site)}</p>;
    case 'ready': {
      const groups = groupMentions(packs ?? pack, state.mentions.counts);
      if (groups.length === 0) return <NoMentionsHelp packs={packs ?? [pack]} shortcut={shortcut} />;
      return (
        <>
          <div class="cb-mentions__lead">
            <p class="cb-note">{i18n.t('mentions_choose')}</p>
            {onNext && (
              <button type="button" class="cb-button" onClick={onNext}>
                {i18n.t('mentions_next')}
              </button>
            )}
          </div>
          {groups.map((group) => (
            <div key={group.kind} class="cb-mentions__group" role="group" aria-labelledby={`cb-mentions-${group.kind}`}>
              <h3 id={`cb-mentions-${group.kind}`} class="cb-mentions__kind">
                <span class={`cb-dot cb-dot--${group.kind}`} aria-hidden="true" />
                {kindGroupLabel(i18n, group.kind)}
              </h3>
              <ul class="cb-mentions__list">
                {group.items.map(({ key, entity, count, lang }) => (
                  <li key={key}>
                    <button
                      type="button"
                      class="cb-mention"
                      data-entity-id={key}
                      // The name comes first so speech users can say what they see (WCAG 2.5.3).
                      aria-label={i18n.t('mentions_itemLabel', entity.name, mentionsLabel(i18n, count))}
                      // A screen reader says the briefing after the name; the card shows it on choosing.
                      aria-describedby={`cb-mention-briefing-${key}`}
                      onClick={() => onReveal(key)}
                    >
                      <span class="cb-mention__name" lang={lang}>
                        {entity.name}
                      </span>
                      {/* A space in the text (not drawn between flex items), so the words the name reads are the words seen. */}{' '}
                      <span class="cb-mention__count">{mentionsLabel(i18n, count)}</span>
                    </button>
                    <span id={`cb-mention-briefing-${key}`} class="cb-visually-hidden" lang={lang}>
                      {briefingLead(entity)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      );
    }
  }
}

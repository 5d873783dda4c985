import type { InstalledPack } from '@/utils/pack/pack-store';
import { EnabledSwitch } from './EnabledSwitch';
import { useI18n } from './i18n';

export interface StoryListProps {
  /** Every installed pack, in the order the options page lists them. */
  packs: readonly InstalledPack[];
  onToggle(id: string, enabled: boolean): void;
}

/**
 * The stories the reader has installed, each with its own on/off switch: a story switched off
 * stops its briefings on every page at once, and stays installed to be switched back on. Shown
 * when there is more than one story; with one, the master switch says the same.
 */
export function StoryList({ packs, onToggle }: StoryListProps) {
  const i18n = useI18n();
  if (packs.length < 2) return null;
  return (
    <section class="cb-stories" aria-labelledby="cb-stories-title">
      <h2 id="cb-stories-title" class="cb-section-title">
        {i18n.t('popup_storiesTitle')}
      </h2>
      <ul class="cb-stories__list">
        {packs.map(({ pack, enabled }) => (
          <li key={pack.id} class="cb-stories__item" data-pack-id={pack.id}>
            <EnabledSwitch enabled={enabled} onChange={(next) => onToggle(pack.id, next)} label={pack.title} description={pack.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { Entity, Pack } from '@/utils/pack/schema';
import { BriefingCard } from './BriefingCard';
import { Rich, useI18n } from './i18n';
import { ShortcutInfo, type ShortcutInfoProps } from './ShortcutInfo';

/** A sentence of the story split around the name it mentions, for the sample paragraph. */
export interface Sample {
  entity: Entity;
  before: string;
  name: string;
  after: string;
}

/**
 * The sample for the welcome page: the first person (else the first entity) whose own source
 * sentence contains their name as written, split around it. `null` for a pack with none.
 */
export function findSample(pack: Pack): Sample | null {
  const ordered = [...pack.entities.filter((e) => e.kind === 'person'), ...pack.entities.filter((e) => e.kind !== 'person')];
  for (const entity of ordered) {
    const sentence = entity.sources.map((index) => pack.article.sentences[index]).find((text) => text?.includes(entity.name));
    if (sentence === undefined) continue;
    const at = sentence.indexOf(entity.name);
    return { entity, before: sentence.slice(0, at), name: entity.name, after: sentence.slice(at + entity.name.length) };
  }
  return null;
}

export interface WelcomeGuideProps {
  /** The story the sample comes from (the bundled pack). */
  pack: Pack;
  shortcut: ShortcutInfoProps;
  onOpenSettings(): void;
}

/**
 * The first-run page: what the extension does, shown with the real card on a sentence of the
 * bundled story; then the keyboard, pausing a site, and where stories come from.
 */
export function WelcomeGuide({ pack, shortcut, onOpenSettings }: WelcomeGuideProps) {
  const i18n = useI18n();
  const sample = findSample(pack);
  return (
    <main class="cb-welcome">
      <header class="cb-welcome__header">
        <h1 class="cb-welcome__title">{i18n.t('welcome_title')}</h1>
        <p class="cb-welcome__lede">{i18n.t('welcome_lede')}</p>
      </header>

      <section class="cb-panel" aria-labelledby="cb-welcome-try">
        <h2 id="cb-welcome-try" class="cb-panel__title">
          {i18n.t('welcome_tryTitle')}
        </h2>
        <p>{i18n.t('welcome_tryText')}</p>
        {sample && <SampleCard pack={pack} sample={sample} />}
      </section>

      <section class="cb-panel" aria-labelledby="cb-welcome-keys">
        <h2 id="cb-welcome-keys" class="cb-panel__title">
          {i18n.t('welcome_keysTitle')}
        </h2>
        <ShortcutInfo {...shortcut} />
        <p>
          <Rich k="welcome_keysText" parts={[<strong>{i18n.t('mentions_title')}</strong>]} />
        </p>
      </section>

      <section class="cb-panel" aria-labelledby="cb-welcome-pause">
        <h2 id="cb-welcome-pause" class="cb-panel__title">
          {i18n.t('welcome_pauseTitle')}
        </h2>
        <p>
          <Rich k="welcome_pauseText" parts={[<strong>{i18n.t('common_pauseOnThisSite')}</strong>]} />
        </p>
      </section>

      <section class="cb-panel" aria-labelledby="cb-welcome-stories">
        <h2 id="cb-welcome-stories" class="cb-panel__title">
          {i18n.t('welcome_storiesTitle')}
        </h2>
        <p>
          <Rich k="welcome_storiesText" parts={[<em>{i18n.t('welcome_pack')}</em>, pack.title, <strong>{i18n.t('options_draft')}</strong>]} />
        </p>
        <p>
          <button type="button" class="cb-button cb-button--primary" onClick={onOpenSettings}>
            {i18n.t('welcome_openSettings')}
          </button>
        </p>
      </section>
    </main>
  );
}

/** The sample sentence with its name marked, and the real card for it (the name's button toggles it). */
function SampleCard({ pack, sample }: { pack: Pack; sample: Sample }) {
  const i18n = useI18n();
  const [shown, setShown] = useState<Entity | null>(sample.entity);
  const select = (id: string) => setShown(pack.entities.find((entity) => entity.id === id) ?? null);
  return (
    <figure class="cb-welcome__sample">
      <p class="cb-welcome__paragraph">
        {sample.before}
        <button
          type="button"
          class={`cb-welcome__mention cb-welcome__mention--${sample.entity.kind}`}
          aria-expanded={shown !== null}
          onClick={() => setShown(shown ? null : sample.entity)}
        >
          {sample.name}
        </button>
        {sample.after}
      </p>
      {shown && (
        <div class="cb-welcome__card">
          <BriefingCard entity={shown} pack={pack} onSelectEntity={select} onClose={() => setShown(null)} />
        </div>
      )}
      <figcaption class="cb-note">{i18n.t('welcome_sampleCaption', pack.title)}</figcaption>
    </figure>
  );
}

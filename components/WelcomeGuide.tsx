import { useState } from 'preact/hooks';
import type { Entity, Pack } from '@/utils/pack/schema';
import { BriefingCard } from './BriefingCard';
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
  const sample = findSample(pack);
  return (
    <main class="cb-welcome">
      <header class="cb-welcome__header">
        <h1 class="cb-welcome__title">Welcome to Contextual Briefings</h1>
        <p class="cb-welcome__lede">
          While you read, Contextual Briefings underlines the people, places and events of a news story wherever a page
          mentions them. Rest the pointer on an underlined name and a small card says who or what it is, in the story’s
          own words. It all happens in your browser: no network requests, nothing leaves it.
        </p>
      </header>

      <section class="cb-panel" aria-labelledby="cb-welcome-try">
        <h2 id="cb-welcome-try" class="cb-panel__title">
          Rest the pointer on a name
        </h2>
        <p>
          Names are underlined in the colour of their kind. Rest the pointer on one for half a second to open its card;
          it stays while the pointer is on the name or the card. Here is a sentence of the built-in story and its card:
        </p>
        {sample && <SampleCard pack={pack} sample={sample} />}
      </section>

      <section class="cb-panel" aria-labelledby="cb-welcome-keys">
        <h2 id="cb-welcome-keys" class="cb-panel__title">
          From the keyboard
        </h2>
        <ShortcutInfo {...shortcut} />
        <p>
          The shortcut moves to the next underlined name, opens its card and puts the focus in it; Esc closes the card.
          Without a shortcut, open the extension’s toolbar button: under <strong>On this page</strong>, choose a name to
          jump to it.
        </p>
      </section>

      <section class="cb-panel" aria-labelledby="cb-welcome-pause">
        <h2 id="cb-welcome-pause" class="cb-panel__title">
          Pause it on a site
        </h2>
        <p>
          Click the Contextual Briefings button in the toolbar and choose <strong>Pause on this site</strong>; nothing is
          underlined there until you resume. The card has the same button. Paused sites are listed in the settings.
        </p>
      </section>

      <section class="cb-panel" aria-labelledby="cb-welcome-stories">
        <h2 id="cb-welcome-stories" class="cb-panel__title">
          Where stories come from
        </h2>
        <p>
          Each story is a <em>briefing pack</em>: the article, its people and events, and what it says about each. One
          comes built in, “{pack.title}”. To add your own, open the settings, paste a news article under{' '}
          <strong>Draft a pack from an article</strong>, review the draft and install it. It is made on your computer,
          from the article’s own sentences.
        </p>
        <p>
          <button type="button" class="cb-button cb-button--primary" onClick={onOpenSettings}>
            Open settings
          </button>
        </p>
      </section>
    </main>
  );
}

/** The sample sentence with its name marked, and the real card for it (the name's button toggles it). */
function SampleCard({ pack, sample }: { pack: Pack; sample: Sample }) {
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
      <figcaption class="cb-note">From the built-in story “{pack.title}”.</figcaption>
    </figure>
  );
}

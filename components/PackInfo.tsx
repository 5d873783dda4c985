import { ENTITY_KINDS, type Pack } from '@/utils/pack/schema';
import { KIND_GROUP_LABEL, KIND_LABEL } from './kind-labels';

export interface PackInfoProps {
  pack: Pack;
}

/** The installed pack as the options page lists it: what it is, what it holds, where it came from. */
export function PackInfo({ pack }: PackInfoProps) {
  const byKind = ENTITY_KINDS.map((kind) => ({
    kind,
    count: pack.entities.filter((entity) => entity.kind === kind).length,
  })).filter(({ count }) => count > 0);
  const total = pack.entities.length;

  return (
    <div class="cb-pack" data-pack-id={pack.id}>
      <p class="cb-pack__title">
        {pack.title} <span class="cb-pack__badge">Bundled</span>
      </p>
      <dl class="cb-pack__facts">
        <div>
          <dt>Entities</dt>
          <dd>
            {total} {total === 1 ? 'entity' : 'entities'}
            <span class="cb-pack__breakdown">
              {' ('}
              {byKind.map(({ kind, count }) => `${count} ${(count === 1 ? KIND_LABEL : KIND_GROUP_LABEL)[kind].toLowerCase()}`).join(', ')}
              {')'}
            </span>
          </dd>
        </div>
        <div>
          <dt>Article</dt>
          <dd>{pack.article.headline}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{pack.source}</dd>
        </div>
      </dl>
    </div>
  );
}

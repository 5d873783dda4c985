import { useState } from 'preact/hooks';
import type { ImportResult, InstalledPack } from '@/utils/pack/pack-store';
import { ENTITY_KINDS, type Pack } from '@/utils/pack/schema';
import { ConfirmButton } from './ConfirmButton';
import { FilePicker } from './FilePicker';
import { InstallOutcomeMessage, refusedImport, type InstallOutcome } from './InstallOutcome';
import { useI18n } from './i18n';
import { kindCount } from './kind-labels';

export interface PackManagerProps {
  packs: InstalledPack[];
  onToggle(id: string, enabled: boolean): void;
  onRemove(id: string): void;
  onImport(jsonText: string, options: { replace?: boolean }): Promise<ImportResult>;
  onExport(pack: Pack): void;
}

/** The installed packs, each with enable/export/remove, and the import of a new one. */
export function PackManager({ packs, onToggle, onRemove, onImport, onExport }: PackManagerProps) {
  const i18n = useI18n();
  const [outcome, setOutcome] = useState<InstallOutcome | null>(null);

  const runImport = async (text: string, fileName: string, replace = false) => {
    const result = await onImport(text, { replace });
    if (result.ok) {
      setOutcome({ kind: 'ok', message: i18n.t(result.replaced ? 'packs_replacedFrom' : 'packs_installedFrom', result.pack.title, fileName) });
    } else {
      const onReplace = result.conflictId ? () => void runImport(text, fileName, true) : undefined;
      setOutcome(refusedImport(i18n, result, fileName, onReplace));
    }
  };

  return (
    <div class="cb-packs">
      <ul class="cb-packs__list" aria-label={i18n.t('packs_installed')}>
        {packs.map((entry) => (
          <PackRow key={entry.pack.id} entry={entry} onToggle={onToggle} onRemove={onRemove} onExport={onExport} />
        ))}
      </ul>

      <FilePicker
        label={i18n.t('packs_import')}
        onText={(text, fileName) => void runImport(text, fileName)}
        onRefuse={(message) => setOutcome({ kind: 'error', message })}
        dropHint={i18n.t('packs_dropHint')}
      />

      <InstallOutcomeMessage outcome={outcome} />
    </div>
  );
}

interface PackRowProps {
  entry: InstalledPack;
  onToggle(id: string, enabled: boolean): void;
  onRemove(id: string): void;
  onExport(pack: Pack): void;
}

function PackRow({ entry, onToggle, onRemove, onExport }: PackRowProps) {
  const i18n = useI18n();
  const { pack, builtIn, enabled, installedAt } = entry;
  const byKind = ENTITY_KINDS.map((kind) => ({ kind, count: pack.entities.filter((entity) => entity.kind === kind).length })).filter(
    ({ count }) => count > 0,
  );
  const total = pack.entities.length;
  const titleId = `cb-pack-${pack.id}`;
  return (
    <li class={`cb-pack${enabled ? '' : ' cb-pack--disabled'}`} data-pack-id={pack.id} aria-labelledby={titleId}>
      <div class="cb-pack__head">
        <p id={titleId} class="cb-pack__title">
          {pack.title}
        </p>
        {builtIn && <span class="cb-pack__badge">{i18n.t('packs_builtIn')}</span>}
        {!enabled && <span class="cb-pack__badge">{i18n.t('packs_disabled')}</span>}
      </div>
      <dl class="cb-pack__facts">
        <div>
          <dt>{i18n.t('packs_entities')}</dt>
          <dd>
            {i18n.plural('packs_entityCount', total)}
            <span class="cb-pack__breakdown">
              {' ('}
              {byKind.map(({ kind, count }) => kindCount(i18n, kind, count)).join(', ')}
              {')'}
            </span>
          </dd>
        </div>
        <div>
          <dt>{i18n.t('packs_article')}</dt>
          <dd>{pack.article.headline}</dd>
        </div>
        <div>
          <dt>{i18n.t('card_source')}</dt>
          <dd>{pack.source}</dd>
        </div>
        {installedAt !== null && (
          <div>
            <dt>{i18n.t('packs_imported')}</dt>
            <dd>
              <time dateTime={new Date(installedAt).toISOString()}>{i18n.date(installedAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
            </dd>
          </div>
        )}
      </dl>
      <div class="cb-pack__actions">
        <label class="cb-check">
          <input type="checkbox" checked={enabled} onChange={(event) => onToggle(pack.id, event.currentTarget.checked)} />
          {i18n.t('packs_use', pack.title)}
        </label>
        <button type="button" class="cb-button" aria-label={i18n.t('packs_exportPack', pack.title)} onClick={() => onExport(pack)}>
          {i18n.t('packs_export')}
        </button>
        {!builtIn && (
          <ConfirmButton
            label={i18n.t('common_remove')}
            accessibleLabel={i18n.t('packs_removePack', pack.title)}
            question={i18n.t('packs_removeQuestion', pack.title)}
            confirmLabel={i18n.t('packs_removeConfirm')}
            onConfirm={() => onRemove(pack.id)}
          />
        )}
      </div>
    </li>
  );
}

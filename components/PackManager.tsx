import { useState } from 'preact/hooks';
import type { ImportResult, InstalledPack } from '@/utils/pack/pack-store';
import { ENTITY_KINDS, type Pack } from '@/utils/pack/schema';
import { ConfirmButton } from './ConfirmButton';
import { FilePicker } from './FilePicker';
import { InstallOutcomeMessage, refusedImport, type InstallOutcome } from './InstallOutcome';
import { KIND_GROUP_LABEL, KIND_LABEL } from './kind-labels';

export interface PackManagerProps {
  packs: InstalledPack[];
  onToggle(id: string, enabled: boolean): void;
  onRemove(id: string): void;
  onImport(jsonText: string, options: { replace?: boolean }): Promise<ImportResult>;
  onExport(pack: Pack): void;
}

/** The installed packs, each with enable/export/remove, and the import of a new one. */
export function PackManager({ packs, onToggle, onRemove, onImport, onExport }: PackManagerProps) {
  const [outcome, setOutcome] = useState<InstallOutcome | null>(null);

  const runImport = async (text: string, fileName: string, replace = false) => {
    const result = await onImport(text, { replace });
    if (result.ok) {
      setOutcome({ kind: 'ok', message: `${result.replaced ? 'Replaced' : 'Installed'} “${result.pack.title}” from ${fileName}.` });
    } else {
      const onReplace = result.conflictId ? () => void runImport(text, 'the file', true) : undefined;
      setOutcome(refusedImport(result, `${fileName}: `, onReplace));
    }
  };

  return (
    <div class="cb-packs">
      <ul class="cb-packs__list" aria-label="Installed packs">
        {packs.map((entry) => (
          <PackRow key={entry.pack.id} entry={entry} onToggle={onToggle} onRemove={onRemove} onExport={onExport} />
        ))}
      </ul>

      <FilePicker
        label="Import a pack…"
        onText={(text, fileName) => void runImport(text, fileName)}
        onRefuse={(message) => setOutcome({ kind: 'error', message })}
        dropHint="or drop a pack’s .json file here. It is checked in full before anything is installed."
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
        {builtIn && <span class="cb-pack__badge">Built in</span>}
        {!enabled && <span class="cb-pack__badge">Disabled</span>}
      </div>
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
        {installedAt !== null && (
          <div>
            <dt>Imported</dt>
            <dd>
              <time dateTime={new Date(installedAt).toISOString()}>{new Date(installedAt).toLocaleString()}</time>
            </dd>
          </div>
        )}
      </dl>
      <div class="cb-pack__actions">
        <label class="cb-check">
          <input type="checkbox" checked={enabled} onChange={(event) => onToggle(pack.id, event.currentTarget.checked)} />
          Use “{pack.title}”
        </label>
        <button type="button" class="cb-button" aria-label={`Export “${pack.title}”`} onClick={() => onExport(pack)}>
          Export
        </button>
        {!builtIn && (
          <ConfirmButton
            label="Remove"
            accessibleLabel={`Remove “${pack.title}”`}
            question={`Remove “${pack.title}”?`}
            confirmLabel="Yes, remove it"
            onConfirm={() => onRemove(pack.id)}
          />
        )}
      </div>
    </li>
  );
}

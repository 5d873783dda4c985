import { useId, useState } from 'preact/hooks';
import { articleTextFromHtml, type ArticleText } from '@/utils/draft/article-text';
import type { ImportResult } from '@/utils/pack/pack-store';
import type { Pack } from '@/utils/pack/schema';
import { DraftReview } from './DraftReview';
import { useFileDrop } from './FilePicker';
import './pack-drafter.css';

/** What the drafting module returns; typed here so this view never imports it (it loads lazily). */
export interface DraftOutcome {
  pack: Pack;
  diagnostics: { sentenceCount: number; notes: string[] };
}

export interface PackDrafterProps {
  /** Drafts a pack from plain text, reporting progress 0…1 (the options page imports the drafter lazily). */
  draft(text: string, options: { title?: string; source?: string; onProgress(fraction: number): void }): Promise<DraftOutcome>;
  /** Installs the reviewed pack (`importPack`). */
  onInstall(jsonText: string, options: { replace?: boolean }): Promise<ImportResult>;
}

/** Largest article read from a file; a news article is well under 1 MB even as saved HTML. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

type Stage =
  | { kind: 'input' }
  | { kind: 'drafting'; progress: number }
  | { kind: 'review'; outcome: DraftOutcome };

/** "Draft a pack from an article": paste or drop an article, watch progress, then review the draft. */
export function PackDrafter({ draft, onInstall }: PackDrafterProps) {
  const textId = useId();
  const fileId = useId();
  const [text, setText] = useState('');
  const [source, setSource] = useState<{ name?: string; headline?: string }>({});
  const [stage, setStage] = useState<Stage>({ kind: 'input' });
  const [error, setError] = useState<string | null>(null);

  const readFile = (file: File | undefined) => {
    if (!file) return;
    if (!/\.(txt|html?)$/i.test(file.name)) {
      setError(`${file.name} is not a .txt or .html file.`);
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setError(`${file.name} is too large (${Math.round(file.size / 1024 / 1024)} MB) to be an article.`);
      return;
    }
    void file.text().then((content) => {
      const article: Pick<ArticleText, 'text' | 'headline'> = /\.html?$/i.test(file.name) ? articleTextFromHtml(content) : { text: content };
      setText(article.text);
      setSource({ name: file.name, headline: article.headline });
      setError(article.text.trim() ? null : `${file.name} has no text to draft from.`);
    });
  };
  const drop = useFileDrop(readFile);

  const start = async () => {
    if (!text.trim()) {
      setError('Paste an article or choose a file first.');
      return;
    }
    setError(null);
    setStage({ kind: 'drafting', progress: 0 });
    try {
      const outcome = await draft(text, {
        title: source.headline,
        source: source.name,
        onProgress: (progress) => setStage({ kind: 'drafting', progress }),
      });
      setStage({ kind: 'review', outcome });
    } catch (failure) {
      setStage({ kind: 'input' });
      setError(`The draft failed: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  if (stage.kind === 'review') {
    return (
      <DraftReview
        initialPack={stage.outcome.pack}
        notes={stage.outcome.diagnostics.notes}
        onInstall={onInstall}
        onDiscard={() => setStage({ kind: 'input' })}
      />
    );
  }

  const busy = stage.kind === 'drafting';
  return (
    <div class="cb-drafter">
      <p class="cb-note">
        Paste a news article or choose its .txt or .html file. The draft is made on this computer; the article is not
        sent anywhere. You review it before anything is installed.
      </p>
      <label class="cb-drafter__label" for={textId}>
        Article text
      </label>
      <textarea
        id={textId}
        class="cb-input cb-drafter__text"
        rows={8}
        value={text}
        disabled={busy}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setSource({});
        }}
        {...drop.handlers}
        data-dragging={drop.dragging ? 'true' : undefined}
      />
      <div class="cb-drafter__actions">
        <span class="cb-file">
          <input
            id={fileId}
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            class="cb-file__input"
            disabled={busy}
            onChange={(event) => {
              readFile(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
          <label for={fileId} class="cb-button">
            Choose an article file…
          </label>
        </span>
        <button type="button" class="cb-button cb-button--primary" disabled={busy} onClick={() => void start()}>
          Draft a pack
        </button>
      </div>
      {source.name && <p class="cb-note">From {source.name}.</p>}
      {busy && (
        <p class="cb-drafter__progress">
          <label>
            Drafting…{' '}
            <progress max={1} value={stage.progress} aria-valuetext={`${Math.round(stage.progress * 100)}%`}>
              {Math.round(stage.progress * 100)}%
            </progress>
          </label>
        </p>
      )}
      {error && (
        <p class="cb-error cb-error--block" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

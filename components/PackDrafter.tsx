import { useState } from 'preact/hooks';
import type { ImportResult } from '@/utils/pack/pack-store';
import type { DraftNote } from '@/utils/draft/draft-pack';
import type { Pack } from '@/utils/pack/schema';
import { ArticleInput } from './ArticleInput';
import { refusalSentence } from '@/utils/article/refusal-sentence';
import { articleFileRefusal, readArticleFile } from '@/utils/draft/article-file';
import { DraftProgress } from './DraftProgress';
import { DraftReview } from './DraftReview';
import { useI18n } from './i18n';
import './pack-drafter.css';

/** What the drafting module returns; typed here so this view never imports it (it loads lazily). */
export interface DraftOutcome {
  pack: Pack;
  diagnostics: { sentenceCount: number; notes: DraftNote[] };
}

export interface PackDrafterProps {
  /** Drafts a pack from plain text, reporting progress 0…1 (the options page imports the drafter lazily). */
  draft(text: string, options: { title?: string; source?: string; published?: string; onProgress(fraction: number): void }): Promise<DraftOutcome>;
  /** Installs the reviewed pack (`importPack`). */
  onInstall(jsonText: string, options: { replace?: boolean }): Promise<ImportResult>;
}

type Stage =
  | { kind: 'input' }
  | { kind: 'drafting'; progress: number }
  | { kind: 'review'; outcome: DraftOutcome };

/** "Draft a pack from an article": paste or drop an article, watch progress, then review the draft. */
export function PackDrafter({ draft, onInstall }: PackDrafterProps) {
  const i18n = useI18n();
  const [text, setText] = useState('');
  const [source, setSource] = useState<{ name?: string; headline?: string; line?: string; published?: string }>({});
  const [stage, setStage] = useState<Stage>({ kind: 'input' });
  const [error, setError] = useState<string | null>(null);

  const readFile = (file: File | undefined) => {
    if (!file) return;
    const refusal = articleFileRefusal(file);
    if (refusal) {
      setError(refusal.kind === 'not-text' ? i18n.t('drafter_notText', file.name) : i18n.t('drafter_tooLarge', file.name, refusal.megabytes));
      return;
    }
    void readArticleFile(file).then(
      (article) => {
        // A page with no article in it leaves the box as it was, and says why (as the popup does).
        if (article.error !== null && article.error !== 'empty') {
          setError(`${file.name}: ${refusalSentence(i18n, article.error)}`);
          return;
        }
        setText(article.text);
        setSource({ name: file.name, headline: article.headline, line: article.source, published: article.published });
        setError(article.error === 'empty' ? i18n.t('drafter_noText', file.name) : null);
      },
      (failure: unknown) => setError(i18n.t('drafter_failed', failure instanceof Error ? failure.message : String(failure))),
    );
  };

  const start = async () => {
    if (!text.trim()) {
      setError(i18n.t('drafter_empty'));
      return;
    }
    setError(null);
    setStage({ kind: 'drafting', progress: 0 });
    try {
      const outcome = await draft(text, {
        title: source.headline,
        source: source.line ?? source.name,
        ...(source.published ? { published: source.published } : {}),
        onProgress: (progress) => setStage({ kind: 'drafting', progress }),
      });
      setStage({ kind: 'review', outcome });
    } catch (failure) {
      setStage({ kind: 'input' });
      setError(i18n.t('drafter_failed', failure instanceof Error ? failure.message : String(failure)));
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
      <p class="cb-note">{i18n.t('drafter_intro')}</p>
      <ArticleInput
        text={text}
        busy={busy}
        onText={(typed) => {
          setText(typed);
          setSource({});
        }}
        onFile={readFile}
        onDraft={() => void start()}
      />
      {source.name && <p class="cb-note">{i18n.t('drafter_from', source.name)}</p>}
      {stage.kind === 'drafting' && <DraftProgress progress={stage.progress} />}
      {error && (
        <p class="cb-error cb-error--block" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

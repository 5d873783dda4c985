/** The popup's offer to make briefings from the article in the tab, with its progress and refusals. */

export type BriefFromPageState =
  | { status: 'hidden' }
  | { status: 'ready' }
  | { status: 'reading' }
  | { status: 'refused'; message: string };

export interface BriefFromPageProps {
  state: BriefFromPageState;
  onStart(): void;
}

export function BriefFromPage({ state, onStart }: BriefFromPageProps) {
  if (state.status === 'hidden') return null;
  const reading = state.status === 'reading';
  return (
    <section class="cb-brief" aria-label="Briefings from this page">
      <button type="button" class="cb-button cb-button--primary cb-brief__button" disabled={reading} aria-busy={reading} onClick={onStart}>
        Make briefings from this page
      </button>
      {reading ? (
        <p class="cb-brief__progress" role="status">
          <progress aria-label="Reading the article" /> Reading the article…
        </p>
      ) : state.status === 'refused' ? (
        <p class="cb-error cb-error--block" role="alert">
          {state.message}
        </p>
      ) : (
        <p class="cb-note">Read on this computer; you review the people and events before anything is installed.</p>
      )}
    </section>
  );
}

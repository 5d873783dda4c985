import './pack-drafter.css';

/** "Drafting…" with a progress bar that reads out its percentage. */
export function DraftProgress({ progress }: { progress: number }) {
  const percent = `${Math.round(progress * 100)}%`;
  return (
    <p class="cb-drafter__progress">
      <label>
        Drafting…{' '}
        <progress max={1} value={progress} aria-valuetext={percent}>
          {percent}
        </progress>
      </label>
    </p>
  );
}

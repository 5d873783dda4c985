/**
 * What installing a pack came to, shown under the control that installed it (the pack import and
 * the drafter's review): the refusal, with "Replace the installed pack" when its id is taken, or the
 * success line.
 */
export type InstallOutcome = { kind: 'error'; message: string; onReplace?: () => void } | { kind: 'ok'; message: string };

export function InstallOutcomeMessage({ outcome }: { outcome: InstallOutcome | null }) {
  if (outcome?.kind === 'error') {
    return (
      <div class="cb-error cb-error--block" role="alert">
        <p class="cb-error__text">{outcome.message}</p>
        {outcome.onReplace && (
          <button type="button" class="cb-button" onClick={outcome.onReplace}>
            Replace the installed pack
          </button>
        )}
      </div>
    );
  }
  if (outcome?.kind === 'ok') {
    return (
      <p class="cb-success" role="status">
        {outcome.message}
      </p>
    );
  }
  return null;
}

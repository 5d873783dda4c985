import './pack-drafter.css';
import { useI18n } from './i18n';

/** "Drafting…" with a progress bar that reads out its percentage. */
export function DraftProgress({ progress }: { progress: number }) {
  const i18n = useI18n();
  const percent = i18n.number(progress, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <p class="cb-drafter__progress">
      <label>
        {i18n.t('drafter_drafting')}{' '}
        <progress max={1} value={progress} aria-valuetext={percent}>
          {percent}
        </progress>
      </label>
    </p>
  );
}

import type { Diagnostics } from '@/utils/diagnostics';
import { useI18n } from './i18n';

export interface DiagnosticsPanelProps {
  /** What `loadDiagnostics` returned; `undefined` while it is being read. */
  diagnostics: Diagnostics | undefined;
  /** Forget every recorded error (`clearDiagnostics`). */
  onClear(): void;
  /** Formats a time for the list; by default in the interface's language, tests pass a fixed one. */
  formatTime?: (ms: number) => string;
}

/**
 * The extension's own errors, for a reader who wonders whether something went wrong or wants to
 * report a bug: how many were caught where, and the last few messages. Everything shown was kept
 * on this device only; nothing is sent anywhere. Text only: messages are rendered as text nodes.
 */
export function DiagnosticsPanel({ diagnostics, onClear, formatTime }: DiagnosticsPanelProps) {
  const i18n = useI18n();
  const timeOf = formatTime ?? ((ms: number) => i18n.date(ms, { dateStyle: 'medium', timeStyle: 'short' }));
  if (diagnostics === undefined) return <p class="cb-note">{i18n.t('diag_reading')}</p>;
  const places = Object.entries(diagnostics.counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const total = places.reduce((sum, [, count]) => sum + count, 0);
  return (
    <div class="cb-diagnostics">
      <p class="cb-note">{i18n.t('diag_intro')}</p>
      {total === 0 ? (
        <p role="status">{i18n.t('diag_none')}</p>
      ) : (
        <>
          <p role="status">
            {places.length > 1 ? i18n.plural('diag_countInPlaces', total, places.length) : i18n.plural('diag_count', total)}
          </p>
          <table class="cb-diagnostics__counts">
            <caption class="cb-visually-hidden">{i18n.t('diag_byPlace')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('diag_place')}</th>
                <th scope="col">{i18n.t('diag_errors')}</th>
              </tr>
            </thead>
            <tbody>
              {places.map(([where, count]) => (
                <tr key={where}>
                  <th scope="row">
                    <code class="cb-code">{where}</code>
                  </th>
                  <td>{i18n.number(count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {diagnostics.recent.length > 0 && (
            <>
              <h3 class="cb-diagnostics__title">{i18n.t('diag_latest')}</h3>
              <ol class="cb-diagnostics__recent" aria-label={i18n.t('diag_latestLabel')}>
                {diagnostics.recent.map((entry, index) => (
                  <li key={`${entry.at}-${index}`}>
                    <time dateTime={new Date(entry.at).toISOString()}>{timeOf(entry.at)}</time>{' '}
                    <code class="cb-code">{entry.where}</code>: {entry.message}
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      <p>
        <button type="button" class="cb-button" onClick={onClear} disabled={total === 0 && diagnostics.recent.length === 0}>
          {i18n.t('diag_clear')}
        </button>
      </p>
    </div>
  );
}

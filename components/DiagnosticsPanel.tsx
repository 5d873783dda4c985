import type { Diagnostics } from '@/utils/diagnostics';

export interface DiagnosticsPanelProps {
  /** What `loadDiagnostics` returned; `undefined` while it is being read. */
  diagnostics: Diagnostics | undefined;
  /** Forget every recorded error (`clearDiagnostics`). */
  onClear(): void;
  /** Formats a time for the list; the options page passes the reader's locale, tests a fixed one. */
  formatTime?: (ms: number) => string;
}

const defaultFormatTime = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The extension's own errors, for a reader who wonders whether something went wrong or wants to
 * report a bug: how many were caught where, and the last few messages. Everything shown was kept
 * on this device only; nothing is sent anywhere. Text only: messages are rendered as text nodes.
 */
export function DiagnosticsPanel({ diagnostics, onClear, formatTime = defaultFormatTime }: DiagnosticsPanelProps) {
  if (diagnostics === undefined) return <p class="cb-note">Reading diagnostics…</p>;
  const places = Object.entries(diagnostics.counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const total = places.reduce((sum, [, count]) => sum + count, 0);
  return (
    <div class="cb-diagnostics">
      <p class="cb-note">
        Errors the extension caught in its own code, kept on this device only and never sent anywhere.
        The pages you read are not affected by them.
      </p>
      {total === 0 ? (
        <p role="status">No errors recorded.</p>
      ) : (
        <>
          <p role="status">
            {total === 1 ? '1 error recorded' : `${total.toLocaleString('en-US')} errors recorded`}
            {places.length > 1 ? ` in ${places.length} places` : ''}.
          </p>
          <table class="cb-diagnostics__counts">
            <caption class="cb-visually-hidden">Errors by place</caption>
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col">Errors</th>
              </tr>
            </thead>
            <tbody>
              {places.map(([where, count]) => (
                <tr key={where}>
                  <th scope="row">
                    <code class="cb-code">{where}</code>
                  </th>
                  <td>{count.toLocaleString('en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {diagnostics.recent.length > 0 && (
            <>
              <h3 class="cb-diagnostics__title">Latest messages</h3>
              <ol class="cb-diagnostics__recent" aria-label="Latest error messages">
                {diagnostics.recent.map((entry, index) => (
                  <li key={`${entry.at}-${index}`}>
                    <time dateTime={new Date(entry.at).toISOString()}>{formatTime(entry.at)}</time>{' '}
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
          Clear diagnostics
        </button>
      </p>
    </div>
  );
}

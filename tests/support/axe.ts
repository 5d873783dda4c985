/**
 * Runs axe-core on a rendered document or element and returns the violations that matter to us
 * (serious and critical). Shared by the happy-dom component check (`components/a11y.test.tsx`) and,
 * through `axe.source`, by e2e tests that inject axe into real popup/options pages.
 */
import axe from 'axe-core';

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending nodes. */
  targets: string[];
}

export interface RunAxeOptions {
  /** Rules to skip: e.g. `color-contrast`, which needs real layout and is meaningless in happy-dom. */
  disableRules?: string[];
}

/** axe's own source, for injecting into a real page with `page.evaluate` / `addScriptTag`. */
export const axeSource: string = axe.source;

export async function runAxe(context: Element | Document = document, options: RunAxeOptions = {}): Promise<AxeFinding[]> {
  const rules = Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }]));
  const results = await axe.run(context, { rules, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

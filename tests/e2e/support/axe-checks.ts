/**
 * axe-core in the real browsers, for the accessibility tests (a11y.e2e.test.ts) and the language
 * tests (languages.e2e.test.ts): load it into a page and list every violation it finds.
 */
import { expect } from 'vitest';
import { axeSource } from '../../support/axe';
import type { E2ePage, PageFn } from './session';

export interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Loads axe into the page's main world. Passed as a source string, which both drivers evaluate
 * as a script outside the page's CSP (extension pages forbid `eval`).
 */
export async function injectAxe(page: E2ePage): Promise<void> {
  const run = page.evaluate as unknown as (source: string) => Promise<unknown>;
  await run.call(page, `${axeSource};\ntrue`);
  expect(await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe)).toBe('object');
}

/** The card: `[data-entity-id]` inside the shadow root of our host (axe's shadow DOM selector). */
export const CARD_CONTEXT = [{ fromShadowDom: ['cb-briefing-host', '[data-entity-id]'] }];

/** Every violation, of any impact, in `include` (an axe context), or the whole document. */
export const axeViolations: PageFn<{ include: unknown[] | null }, Promise<Finding[]>> = async ({ include }) => {
  type AxeResult = { violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> };
  const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
  const results = await axe.run(include ? { include } : document, { resultTypes: ['violations'] });
  return results.violations
    .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
};

/**
 * The same browsers as launch.ts, with more eyes in Chromium (tests/e2e/hostile-*.e2e.test.ts):
 *
 * - every request of the browser context — pages, frames, extension pages and the extension's
 *   service worker (Playwright reports service-worker traffic on the context) — with who made it;
 * - every console message and uncaught exception of every tab over CDP `Runtime`, in every
 *   execution context, the extension's isolated world included (Playwright's own `console` and
 *   `pageerror` events only see the main world), so "nothing of ours in the page's console" is
 *   checked where our code actually runs;
 * - `--enable-precise-memory-info` (else `performance.memory` is bucketed and refreshed every
 *   20 minutes) and `--js-flags=--expose-gc`, so heap growth is measured after a full collection.
 *
 * Firefox gets the plain launch: its checks are the server's request log, the driver's blocked
 * list and the tab's errors.
 *
 * chromium.ts keeps its BrowserContext to itself; this wraps `launchPersistentContext` for the
 * length of one launch to add the flags and see the context, and leaves chromium.ts unchanged.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { BrowserName } from './browsers';
import { launchChromium } from './chromium';
import { launchBrowser } from './launch';
import type { E2eBrowser, LaunchOptions } from './session';

export interface RequestRecord {
  url: string;
  resourceType: string;
  /** `service-worker <url>`, `page <url of the tab when the request started>`, or `other`. */
  by: string;
}

export interface ConsoleRecord {
  /** `console.<type>` or `exception`. */
  kind: string;
  text: string;
  /** The execution context: `main`, `isolated:<name>` (a content script), or `other`. */
  world: string;
  /** Script URLs on the stack, if any. */
  stack: string[];
  page: string;
}

export interface Instrumented {
  browser: E2eBrowser;
  /** Chromium only (empty in Firefox): every request the context saw, in order. */
  requests: RequestRecord[];
  /** Chromium only (empty in Firefox): console errors/asserts and exceptions of every tab, any world. */
  console: ConsoleRecord[];
}

const EXTRA_ARGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

type Launch = typeof chromium.launchPersistentContext;

async function watchConsole(context: BrowserContext, page: Page, out: ConsoleRecord[]): Promise<void> {
  const worlds = new Map<number, string>();
  const session = await context.newCDPSession(page).catch(() => null);
  if (!session) return;
  session.on('Runtime.executionContextCreated', ({ context: c }) => {
    const aux = (c.auxData ?? {}) as { type?: string; isDefault?: boolean };
    worlds.set(c.id, aux.isDefault ? 'main' : aux.type === 'isolated' ? `isolated:${c.name}` : 'other');
  });
  const stackOf = (trace?: { callFrames: Array<{ url: string }> }) => [...new Set((trace?.callFrames ?? []).map((f) => f.url).filter(Boolean))];
  session.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    out.push({
      kind: `console.${event.type}`,
      text: event.args.map((a) => a.value ?? a.description ?? '').join(' '),
      world: worlds.get(event.executionContextId) ?? 'other',
      stack: stackOf(event.stackTrace),
      page: page.url(),
    });
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    out.push({
      kind: 'exception',
      text: d.exception?.description ?? d.text,
      world: d.executionContextId === undefined ? 'other' : (worlds.get(d.executionContextId) ?? 'other'),
      stack: stackOf(d.stackTrace).concat(d.url ? [d.url] : []),
      page: page.url(),
    });
  });
  await session.send('Runtime.enable').catch(() => undefined);
}

export async function launchInstrumented(name: BrowserName, options: LaunchOptions = {}): Promise<Instrumented> {
  const requests: RequestRecord[] = [];
  const consoleLog: ConsoleRecord[] = [];
  if (name !== 'chromium') return { browser: await launchBrowser(name, options), requests, console: consoleLog };

  const original: Launch = chromium.launchPersistentContext;
  const patched: Launch = async function (this: typeof chromium, userDataDir, launchOptions) {
    const context = await original.call(this, userDataDir, { ...launchOptions, args: [...(launchOptions?.args ?? []), ...EXTRA_ARGS] });
    // Listeners go on before chromium.ts looks for the service worker or opens a page: the
    // extension's install-time work is seen too.
    context.on('request', (request) => {
      const worker = request.serviceWorker();
      let by = 'other';
      if (worker) by = `service-worker ${worker.url()}`;
      else {
        try {
          by = `page ${request.frame().page().url()}`;
        } catch {
          // A request without a frame (e.g. a shared worker): keep `other`.
        }
      }
      requests.push({ url: request.url(), resourceType: request.resourceType(), by });
    });
    await Promise.all(context.pages().map((page) => watchConsole(context, page, consoleLog)));
    context.on('page', (page) => void watchConsole(context, page, consoleLog));
    return context;
  };
  chromium.launchPersistentContext = patched;
  try {
    return { browser: await launchChromium(options), requests, console: consoleLog };
  } finally {
    chromium.launchPersistentContext = original;
  }
}

/**
 * Console records that came from extension code: a content script's isolated world (not the
 * driver's own utility world), or a stack through the extension's files.
 */
export function extensionConsole(records: ConsoleRecord[]): ConsoleRecord[] {
  return records.filter(
    (r) => (r.world.startsWith('isolated:') && !r.world.includes('__playwright')) || r.stack.some((url) => /^(chrome|moz)-extension:/.test(url)),
  );
}

/**
 * The one interface every e2e test talks to, so each test body runs unchanged in Chromium
 * (Playwright) and Firefox (Puppeteer over WebDriver BiDi). Both drivers evaluate functions in the
 * page's main world, which is what the contract is about: outside tools see `CSS.highlights` and
 * the open shadow root from there, not from the extension's isolated world.
 */
import type { BrowserName } from './browsers';

/** A function serialised into the page. It must not close over test variables: pass `arg`. */
export type PageFn<A, R> = (arg: A) => R | Promise<R>;

export interface E2ePage {
  /** `pageerror`s and `console.error`s of this tab, in order, for every document it loaded. */
  readonly errors: string[];
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: PageFn<A, R>, arg?: A): Promise<R>;
  /** Moves the pointer (no buttons) to viewport coordinates, as a real mouse would. */
  mouseMove(x: number, y: number): Promise<void>;
  /** A mouse click at viewport coordinates: real input, so it counts as the user's gesture. */
  click(x: number, y: number): Promise<void>;
  /**
   * A one-finger tap at viewport coordinates, as a touch screen makes it (Chromium: CDP touch
   * emulation and `Input.dispatchTouchEvent`; Firefox: a WebDriver BiDi touch pointer).
   */
  tap(x: number, y: number): Promise<void>;
  /** One finger down at `from`, moved in steps to `to`, lifted there. */
  swipe(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
  /** Presses and releases one key (`Escape`, `Tab`…) in the focused frame. */
  press(key: string): Promise<void>;
  /**
   * Runs `source` in the main world of every document this tab loads from now on, before the
   * page's own scripts (Playwright `addInitScript`, BiDi preload script).
   */
  addInitScript(source: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(file: string): Promise<void>;
  /**
   * Puts `files` (absolute paths) into the `<input type=file>` matched by `selector` through the
   * driver, as a user picking them would (Playwright `setInputFiles`, BiDi `input.setFiles`): the
   * page sees a real `change` event with real `File`s.
   */
  uploadFiles(selector: string, files: string[]): Promise<void>;
  close(): Promise<void>;
}

export interface NetworkLog {
  /** Requests for anything but 127.0.0.1 (or extension/data URLs) that the driver aborted. */
  blocked: string[];
  /** Responses from anywhere but 127.0.0.1 that arrived anyway. Must stay empty. */
  reached: string[];
}

export interface E2eBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/` */
  readonly extensionBaseUrl: string;
  readonly network: NetworkLog;
  /**
   * The extension pages the browser showed on its own when the extension was installed (the
   * welcome page), in the order they appeared. The harness closes them at launch, so every test
   * starts from the browser's one blank tab.
   */
  readonly openedOnInstall: string[];
  newPage(url?: string): Promise<E2ePage>;
  /** Opens `popup.html`, `options.html`, … of the loaded extension in a tab of its own. */
  openExtensionPage(file: string): Promise<E2ePage>;
  /**
   * The tab showing the extension's `file` (`draft.html`) that the extension itself opened
   * (`tabs.create`), once it appears; rejects after `timeout` ms.
   */
  waitForExtensionTab(file: string, timeout?: number): Promise<E2ePage>;
  /** Resolves when the browser goes away, e.g. the user closed its last window (npm start). */
  waitForClose(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked extension to load; defaults to this repo's build for the browser. */
  extensionDir?: string;
  /** Defaults to true. */
  headless?: boolean;
  /** False launches the same browser without the extension: the baseline for page-error checks. */
  withExtension?: boolean;
  viewport?: { width: number; height: number };
  /** The browser's own interface language ('ru', 'hi'); the machine's (English) by default. */
  locale?: 'ru' | 'hi';
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/**
 * The rule both drivers apply to every request: loopback HTTP and the browser's own non-network
 * schemes pass, everything else is aborted. `localhost` is refused too: the server only listens on
 * 127.0.0.1, and a name lookup is already a request that leaves the test.
 */
export function isAllowedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'chrome-extension:':
    case 'moz-extension:':
    case 'data:':
    case 'blob:':
    case 'about:':
      return true;
    case 'http:':
    case 'https:':
    case 'ws:':
    case 'wss:':
      return parsed.hostname === '127.0.0.1';
    default:
      return false;
  }
}

/**
 * Polls `fn` in the page until it returns a truthy value, and returns it. Polling from the test
 * (not a `waitForFunction` of one driver) keeps the behaviour the same in both browsers.
 */
export async function waitForPage<R, A = undefined>(
  page: E2ePage,
  fn: PageFn<A, R>,
  arg?: A,
  { timeout = 10_000, interval = 100, message = 'condition' }: { timeout?: number; interval?: number; message?: string } = {},
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeout;
  let last: R | undefined;
  for (;;) {
    try {
      last = await page.evaluate(fn, arg as A);
    } catch (error) {
      // A page that is navigating (a reload the test asked for) has no document to ask: ask again.
      if (!isNavigationError(error) || Date.now() > deadline) throw error;
      last = undefined;
    }
    if (last) return last as NonNullable<R>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${message} (last value: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Playwright and Puppeteer's words for an evaluation cut short by a navigation. */
function isNavigationError(error: unknown): boolean {
  return error instanceof Error && /Execution context was destroyed|Cannot find context|navigat/i.test(error.message);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `list()` until a page's address starts with `prefix`; returns it, or throws after `timeout` ms. */
export async function waitForTab<P>(list: () => Promise<P[]>, url: (page: P) => Promise<string>, prefix: string, timeout: number): Promise<P> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of await list()) if ((await url(page)).startsWith(prefix)) return page;
    if (Date.now() > deadline) throw new Error(`e2e: no tab showing ${prefix} within ${timeout} ms`);
    await sleep(50);
  }
}

/** How long a launch waits for the welcome tab a first install opens. */
const INSTALL_TABS_TIMEOUT_MS = 10_000;

/**
 * Waits until `list()` shows a page of the extension (the welcome page its install opens), closes
 * every such page and returns their addresses; `[]` if none shows within the timeout.
 */
export async function closeInstallTabs<P>(
  list: () => Promise<P[]>,
  url: (page: P) => string | Promise<string>,
  close: (page: P) => Promise<unknown>,
  base: string,
): Promise<string[]> {
  const deadline = Date.now() + INSTALL_TABS_TIMEOUT_MS;
  for (;;) {
    const pages = await list();
    const urls = await Promise.all(pages.map(url));
    const opened = pages.filter((_, index) => urls[index]!.startsWith(base));
    if (opened.length > 0) {
      const closed = await Promise.all(opened.map(url));
      for (const page of opened) await close(page);
      return closed;
    }
    if (Date.now() > deadline) return [];
    await sleep(100);
  }
}

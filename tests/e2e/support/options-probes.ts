/**
 * Main-world functions for the options page and the fixture tab of the options e2e tests
 * (options-flows*.e2e.test.ts, a11y.e2e.test.ts). Like page-probes.ts, each one is serialised on
 * its own: no imports, no outer variables.
 */

/** Clicks the button (or `label.cb-button`) whose text or aria-label equals `text`; false if none. */
export const clickButton = (text: string): boolean => {
  const candidates = [...document.querySelectorAll<HTMLElement>('button, label.cb-button')];
  const name = (el: HTMLElement) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const target = candidates.find((el) => name(el) === text);
  target?.click();
  return Boolean(target);
};

/** Clicks the radio `input[name=<name>][value=<value>]` and returns whether it is now checked. */
export const chooseRadio = ({ name, value }: { name: string; value: string }): boolean => {
  const input = document.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`);
  input?.click();
  return input?.checked ?? false;
};

/** Which radio of group `name` is checked. */
export const checkedRadio = (name: string): string | null =>
  document.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"]:checked`)?.value ?? null;

/** Focuses the text field whose accessible label contains `label` (case-insensitive), emptied. */
export const focusField = (label: string): boolean => {
  const fields = [...document.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')];
  const field = fields.find((input) => [...(input.labels ?? [])].some((l) => (l.textContent ?? '').toLowerCase().includes(label.toLowerCase())));
  if (!field) return false;
  field.focus();
  field.select();
  return document.activeElement === field;
};

/** The text of every `role=alert` and `role=status` element, in document order. */
export const liveMessages = (): { alerts: string[]; statuses: string[] } => ({
  alerts: [...document.querySelectorAll('[role="alert"]')].map((el) => (el as HTMLElement).innerText.trim()).filter(Boolean),
  statuses: [...document.querySelectorAll('[role="status"]')].map((el) => (el as HTMLElement).innerText.trim()).filter(Boolean),
});

/** Ids of the packs listed on the options page, in order. */
export const listedPackIds = (): string[] =>
  [...document.querySelectorAll('[data-pack-id]')].map((el) => el.getAttribute('data-pack-id') ?? '');

/** Everything in the extension's `storage.local`, as JSON text (from an extension page). */
export const storageSnapshot = async (): Promise<string> => {
  type Area = { get(keys: null): Promise<Record<string, unknown>> };
  const g = globalThis as unknown as { browser?: { storage: { local: Area } }; chrome?: { storage: { local: Area } } };
  const area = (g.browser ?? g.chrome)!.storage.local;
  const all = await area.get(null);
  return JSON.stringify(Object.keys(all).sort().map((key) => [key, all[key]]));
};

/**
 * Records downloads made through a Blob URL and a clicked `<a download>` (components/download.ts)
 * instead of letting the browser save them: `window.__downloads` gets `{ name, href, text }`.
 * Blobs are remembered when their URL is made, because the page revokes the URL right after.
 */
export const captureDownloads = (): boolean => {
  type Captured = { name: string; href: string; text: string | null };
  const w = window as unknown as { __downloads?: Captured[]; __blobs?: Map<string, Blob> };
  if (w.__downloads) return true;
  w.__downloads = [];
  w.__blobs = new Map();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) w.__blobs!.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    const entry: Captured = { name: this.download, href: this.href, text: null };
    w.__downloads!.push(entry);
    void w.__blobs!.get(this.href)?.text().then((text) => {
      entry.text = text;
    });
  };
  return true;
};

/** The downloads captured so far, once every blob has been read. */
export const capturedDownloads = (): Array<{ name: string; href: string; text: string | null }> | null => {
  const list = (window as unknown as { __downloads?: Array<{ name: string; href: string; text: string | null }> }).__downloads ?? [];
  return list.every((entry) => entry.text !== null) ? list : null;
};

/** Ranges per highlight name inside element `#blockId`, e.g. `{ 'cb-person': 1 }`. */
export const highlightsInBlock = (blockId: string): Record<string, number> => {
  const counts: Record<string, number> = {};
  const block = document.getElementById(blockId);
  if (!block) return counts;
  CSS.highlights.forEach((highlight, name) => {
    highlight.forEach((range) => {
      if (block.contains(range.startContainer)) counts[name] = (counts[name] ?? 0) + 1;
    });
  });
  return counts;
};

/** Total number of ranges in every `cb-*` highlight of the page. */
export const totalHighlights = (): number => {
  let total = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('cb-')) total += highlight.size;
  });
  return total;
};

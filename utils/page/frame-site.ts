/**
 * Which site's settings govern a frame. Briefings are paused, allowed or switched per site the
 * reader is on, and the reader is on the tab's top page: "Pause on this site" in the popup pauses
 * the tab's address, so every frame of that tab — embedded players, about:blank and data: frames
 * the page writes into — must go quiet with it. A frame therefore answers with the top page's
 * address when the browser lets it know it:
 * 1. the top window's own address, when the frame may read it (same origin);
 * 2. `location.ancestorOrigins`, whose last entry is the top page's origin (Chromium; absent in
 *    some browsers);
 * 3. otherwise its own address, or for a frame without one (about:blank, srcdoc, blob:, data:) the
 *    origin it inherits, then the page that sent it here (`document.referrer`).
 * The answer is an address or origin for `normalizeHostname`, or '' when nothing names a site.
 */
export interface FrameView {
  readonly location: Pick<Location, 'href' | 'hostname' | 'origin'> & { readonly ancestorOrigins?: ArrayLike<string> };
  readonly document: Pick<Document, 'referrer'>;
  readonly top: FrameView | null;
}

export function governingSite(view: FrameView): string {
  if (view.top && view.top !== view) {
    try {
      const href = view.top.location.href;
      if (href && hasHost(href)) return href;
    } catch {
      // Cross-origin top: the browser will not say, fall through.
    }
    const ancestors = view.location.ancestorOrigins;
    if (ancestors && ancestors.length > 0) {
      const topOrigin = ancestors[ancestors.length - 1];
      if (topOrigin && topOrigin !== 'null') return topOrigin;
    }
  }
  if (view.location.hostname) return view.location.href;
  if (view.location.origin && view.location.origin !== 'null') return view.location.origin;
  return hasHost(view.document.referrer) ? view.document.referrer : '';
}

function hasHost(address: string): boolean {
  try {
    return new URL(address).hostname !== '';
  } catch {
    return false;
  }
}

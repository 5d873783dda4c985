/**
 * A saved page parsed in Node (happy-dom) the way a page is read for drafting: markup only. No
 * script runs, and nothing the page refers to — stylesheets, scripts, frames, images — is fetched:
 * loading is turned off, and any request that still starts is answered here with an empty 404,
 * so reading a page never reaches the network.
 */
import { Window } from 'happy-dom';

export interface OfflineDocument {
  document: Document;
  /** Addresses the page tried to fetch (each refused); empty when loading is off as it should be. */
  refused: string[];
  close(): Promise<void>;
}

export function parseOffline(html: string, url = 'http://127.0.0.1/'): OfflineDocument {
  const refused: string[] = [];
  const window: Window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ request }) => {
            refused.push(request.url);
            return new window.Response('', { status: 404 });
          },
        },
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, refused, close: () => window.happyDOM.close() };
}

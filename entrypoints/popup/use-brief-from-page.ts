/**
 * "Make briefings from this page" in the popup: offered once the tab says it looks like an
 * article; on start, the article is read out of the tab and the draft page opens on it (the popup
 * then closes, as it does when any tab opens). A refusal stays in the popup, in one sentence.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BriefFromPageState } from '@/components/BriefFromPage';
import { extractFromTab, openDraftPage, probeArticle } from './page-article';
import type { ActiveTab } from './page-mentions';

export function useBriefFromPage(tab: ActiveTab | null) {
  const [state, setState] = useState<BriefFromPageState>({ status: 'hidden' });
  const tabId = tab?.site ? tab.id : undefined;

  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    void probeArticle(tabId).then((article) => live && article && setState({ status: 'ready' }));
    return () => {
      live = false;
    };
  }, [tabId]);

  const start = async () => {
    if (tabId === undefined) return;
    const requestedAt = Date.now();
    setState({ status: 'reading' });
    const extraction = await extractFromTab(tabId);
    if (!extraction.ok) return setState({ status: 'refused', refusal: extraction });
    await openDraftPage({ article: extraction.article, requestedAt, readAt: Date.now() });
    window.close();
  };

  return { state, start: () => void start() };
}

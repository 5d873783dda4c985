/**
 * Injected into the active tab by the popup's "Make briefings from this page", once, when asked
 * (`scripting.executeScript` under the `activeTab` grant): never part of the per-frame content
 * script. Its result — the extracted article or the reason there is none — is what the injection
 * returns to the popup.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/utils/article/extract-article';

export default defineUnlistedScript(() => extractArticle(document, { url: location.href }));

/**
 * Injected into the active tab when the popup opens (under the `activeTab` grant the click on the
 * toolbar button gives), to ask whether the page looks like an article: Readability's quick test,
 * without parsing the article. The popup offers "Make briefings from this page" only where it says yes.
 */
import { isProbablyReaderable } from '@/utils/article/readerable';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript(() => isProbablyReaderable(document));

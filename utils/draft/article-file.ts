/**
 * Reading an article from a file the reader chose or dropped on the pack drafter: which files it
 * takes, and the text and story line it gets from them.
 *
 * A `.txt` file is the article, all of it. A saved `.html` page is read as the popup reads a tab
 * and `npm run pack:draft` reads a page: the article Mozilla Readability finds in it (not the
 * page's menus, captions, credits and related links), its title, site · author and published day.
 * A page with no article in it is refused with the reason, as in the popup.
 */
import type { ArticleRefusal } from '../article/extract-article';

/** Largest article read from a file; a news article is well under 1 MB even as saved HTML. */
export const MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024;

const isHtml = (name: string) => /\.html?$/i.test(name);

/** Why a file cannot be an article, for the drafter to put in words. */
export type ArticleFileRefusal = { kind: 'not-text' } | { kind: 'too-large'; megabytes: number };

/** Why the file cannot be an article (not .txt or .html, or too large), or null when it can be read. */
export function articleFileRefusal(file: Pick<File, 'name' | 'size'>): ArticleFileRefusal | null {
  if (!/\.(txt|html?)$/i.test(file.name)) return { kind: 'not-text' };
  if (file.size > MAX_ARTICLE_FILE_BYTES) return { kind: 'too-large', megabytes: Math.round(file.size / 1024 / 1024) };
  return null;
}

/** An article read from a file: its text, the story line a saved page states, and what is wrong with it. */
export interface ArticleFromFile {
  text: string;
  /** The article's title, from a saved page. */
  headline?: string;
  /** The page's site and author ("Example News · Jane Doe"), from a saved page. */
  source?: string;
  /** The day the page says the article was published (`2025-12-04`). */
  published?: string;
  /** `'empty'` when the file has no text to draft from; a refusal when a page holds no article to draft. */
  error: 'empty' | ArticleRefusal | null;
}

/**
 * `html` with its inline event handlers (`onload="…"`, `onerror=…`) renamed to `data-on…`
 * attributes. Nothing in a parsed page runs, but Chromium still checks each handler attribute
 * against the extension page's CSP as it parses, and reports every one as a violation (a saved
 * news page has a hundred). Only text inside a start tag changes: the article's words stay as
 * they are.
 */
export function withoutInlineHandlers(html: string): string {
  return html.replace(/<[a-z][^<>]*>/gi, (tag) => tag.replace(/(\s)on([a-z]+\s*=)/gi, '$1data-on$2'));
}

/** The article in a .txt file (all of it) or in a saved .html page (what Readability finds there). */
export async function readArticleFile(file: File): Promise<ArticleFromFile> {
  const content = await file.text();
  if (!isHtml(file.name)) return { text: content, error: content.trim() ? null : 'empty' };
  // Readability loads only for pages: a text file drafts without it.
  const [{ extractArticle }, { draftInputOf }] = await Promise.all([import('../article/extract-article'), import('../article/draft-input')]);
  const extraction = extractArticle(new DOMParser().parseFromString(withoutInlineHandlers(content), 'text/html'));
  if (!extraction.ok) {
    const { ok: _ok, ...refusal } = extraction;
    return { text: '', error: refusal };
  }
  const input = draftInputOf(extraction.article);
  return {
    text: input.text,
    ...(input.title ? { headline: input.title } : {}),
    ...(input.source ? { source: input.source } : {}),
    ...(input.published ? { published: input.published } : {}),
    error: input.text.trim() ? null : 'empty',
  };
}

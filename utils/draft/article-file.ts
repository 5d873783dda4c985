/**
 * Reading an article from a file the reader chose or dropped on the pack drafter: which files it
 * takes, and the text and headline it gets from them.
 */
import { articleTextFromHtml, type ArticleText } from './article-text';

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

/** An article read from a file: its text, its headline when an HTML page states one, and what is wrong with it. */
export interface ArticleFromFile extends Pick<ArticleText, 'text' | 'headline'> {
  /** `'empty'` when the file has no text to draft from. */
  error: 'empty' | null;
}

/** The article in a .txt file (all of it) or an .html page (its headline and paragraphs). */
export async function readArticleFile(file: File): Promise<ArticleFromFile> {
  const content = await file.text();
  const { text, headline }: Pick<ArticleText, 'text' | 'headline'> = isHtml(file.name) ? articleTextFromHtml(content) : { text: content };
  return { text, ...(headline ? { headline } : {}), error: text.trim() ? null : 'empty' };
}

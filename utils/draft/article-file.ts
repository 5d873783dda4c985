/**
 * Reading an article from a file the reader chose or dropped on the pack drafter: which files it
 * takes, and the text and headline it gets from them.
 */
import { articleTextFromHtml, type ArticleText } from './article-text';

/** Largest article read from a file; a news article is well under 1 MB even as saved HTML. */
export const MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024;

const isHtml = (name: string) => /\.html?$/i.test(name);

/** Why the file cannot be an article (not .txt or .html, or too large), or null when it can be read. */
export function articleFileRefusal(file: Pick<File, 'name' | 'size'>): string | null {
  if (!/\.(txt|html?)$/i.test(file.name)) return `${file.name} is not a .txt or .html file.`;
  if (file.size > MAX_ARTICLE_FILE_BYTES) return `${file.name} is too large (${Math.round(file.size / 1024 / 1024)} MB) to be an article.`;
  return null;
}

/** An article read from a file: its text, its headline when an HTML page states one, and what is wrong with it. */
export interface ArticleFromFile extends Pick<ArticleText, 'text' | 'headline'> {
  /** Set when the file has no text to draft from. */
  error: string | null;
}

/** The article in a .txt file (all of it) or an .html page (its headline and paragraphs). */
export async function readArticleFile(file: File): Promise<ArticleFromFile> {
  const content = await file.text();
  const { text, headline }: Pick<ArticleText, 'text' | 'headline'> = isHtml(file.name) ? articleTextFromHtml(content) : { text: content };
  return { text, ...(headline ? { headline } : {}), error: text.trim() ? null : `${file.name} has no text to draft from.` };
}

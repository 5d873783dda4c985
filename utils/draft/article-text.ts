/**
 * The text of an article page, for drafting a pack from it: its headline and its paragraphs.
 *
 * Paragraphs are the blocks of text the content script scans (utils/page/text-blocks.ts), so a
 * pack drafted from a page names things the way they read on that page: script, style, code,
 * form controls, `hidden`/`aria-hidden` subtrees and the <head> are skipped; inline elements join
 * into their block (`<b>Helen</b> Okafor` is one phrase); navigation and captions stay, as they do
 * on the page. Each block's whitespace is collapsed to single spaces and empty blocks are dropped.
 *
 * The headline is the first <h1>'s text; when the page has no <h1> or it is blank, the <title>'s;
 * when both are blank, there is none (and `draftPack` finds one in the text). The first block is
 * usually the site's navigation, so it is never taken as the headline.
 *
 * Every text block of the page, menus and captions included: what the golden drafts of saved pages
 * read. A page a reader drafts from (popup, options page, `pack:draft`) goes through Readability
 * instead (utils/article/extract-article.ts). The document comes in parsed, so one function serves
 * every parser: DOMParser in happy-dom tests, linkedom in the golden-draft tests.
 */
import { collectTextBlocks } from '../page/text-blocks';

export interface ArticleText {
  /** The page's headline, whitespace collapsed; absent when the page states none. */
  headline?: string;
  /** The text of each non-empty block, in document order, whitespace collapsed. */
  paragraphs: string[];
  /** The paragraphs one per line: what `draftPack` reads. */
  text: string;
}

const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The headline and paragraphs of a parsed HTML document. */
export function articleText(doc: Document): ArticleText {
  const paragraphs = collectTextBlocks(doc.body ?? doc.documentElement)
    .map((block) => collapse(block.text))
    .filter(Boolean);
  // `querySelector('title')`, not `doc.title`: the same read in every parser.
  const headline = collapse(doc.querySelector('h1')?.textContent) || collapse(doc.querySelector('title')?.textContent);
  return { ...(headline ? { headline } : {}), paragraphs, text: paragraphs.join('\n') };
}

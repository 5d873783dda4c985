/**
 * The article in a web page, as Firefox's Reader View finds it: Mozilla Readability run on a clone
 * of the document (it rewrites the tree it reads, and the page must never change), after
 * `isProbablyReaderable` has said the page looks like an article at all. Pure over a `Document`:
 * the script the popup injects into a tab, the CLI (happy-dom) and the tests run the same code.
 *
 * The result is what a briefing pack needs: the article's paragraphs (no menus, captions, credits
 * or related links — Readability drops those, and figures are skipped here) and its metadata for
 * the pack's source line. Pages the drafter cannot use are refused with a sentence that says why.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { collectTextBlocks } from '../page/text-blocks';

/** What the article is, read from the page. Every field is plain data (it crosses from the tab by structured clone). */
export interface ExtractedArticle {
  title: string;
  /** The author line as the page gives it ("By Jane Doe"), when it gives one. */
  byline?: string;
  siteName?: string;
  /** As the page's metadata states it (usually ISO 8601). */
  publishedTime?: string;
  /** The page's language tag (`<html lang>` or metadata), when it states one. */
  lang?: string;
  /** The address the article was read from, when known. */
  url?: string;
  /** The article's blocks of text (paragraphs, list items, subheadings), whitespace collapsed. */
  paragraphs: string[];
  wordCount: number;
}

/**
 * Why there is no article the drafter can use, as data: the popup words it in the reader's
 * language. `count` is what the page has, `limit` the bound it missed; `language` is the page's
 * stated language (a BCP 47 primary tag), absent when its words simply do not read as English.
 */
export type ArticleRefusal =
  | { kind: 'not-article' }
  | { kind: 'no-article' }
  | { kind: 'too-large' | 'too-short' | 'too-long'; count: number; limit: number }
  | { kind: 'language'; language?: string };

export type RefusalKind = ArticleRefusal['kind'];

export type Extraction = { ok: true; article: ExtractedArticle } | ({ ok: false } & ArticleRefusal);

/** Fewer words than this is a teaser or a stub: too little to brief anyone from. */
export const MIN_WORDS = 150;
/**
 * More than this is a book or a live blog, not an article. A 10,000-word long read fits; drafting
 * costs about a millisecond per sentence, so the cap keeps the review within a few seconds.
 */
export const MAX_WORDS = 20_000;
/**
 * Readability's element limit: a page with more elements is refused before it is parsed. Real
 * article pages have a few thousand (the saved Wikipedia page about 6,000); 200,000-element stress
 * pages would keep the tab busy for seconds.
 */
export const MAX_ELEMENTS = 60_000;

/** Languages the drafter reads (compromise is an English tagger). */
const KNOWN_LANGUAGES = new Set(['en']);

/** Words that make up about a third of any English prose and almost none of other languages'. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on with was as it by at from he she his her they are have has said were be this an not but who'.split(' '),
);
/** Below this share of English function words, text with no language tag is taken as another language. */
const MIN_ENGLISH_SHARE = 0.15;

/** Elements inside an article that are not its prose: pictures' captions and credits, asides. */
const NOT_PROSE = 'figure, figcaption, aside, picture';

const collapse = (text: string | null | undefined): string => (text ?? '').replace(/[\s\u00ad]+/g, (run) => (/\s/.test(run) ? ' ' : '')).trim();
const countWords = (paragraphs: readonly string[]) => paragraphs.reduce((n, p) => n + p.split(' ').filter(Boolean).length, 0);

/** The article in `doc`, or why there is none the drafter can use. `doc` itself is never changed. */
export function extractArticle(doc: Document, options: { url?: string } = {}): Extraction {
  if (!isProbablyReaderable(doc)) {
    return refuse({ kind: 'not-article' });
  }
  const elements = doc.getElementsByTagName('*').length;
  if (elements > MAX_ELEMENTS) {
    return refuse({ kind: 'too-large', count: elements, limit: MAX_ELEMENTS });
  }
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { maxElemsToParse: MAX_ELEMENTS, serializer: (node) => node }).parse();
  const content = parsed?.content;
  if (!parsed || !content || content.nodeType !== 1) return refuse({ kind: 'no-article' });

  const root = content as Element;
  for (const skipped of [...root.querySelectorAll(NOT_PROSE)]) skipped.remove();
  const paragraphs = collectTextBlocks(root).map((block) => collapse(block.text)).filter(Boolean);
  const wordCount = countWords(paragraphs);
  if (wordCount < MIN_WORDS) {
    return refuse({ kind: 'too-short', count: wordCount, limit: MIN_WORDS });
  }
  if (wordCount > MAX_WORDS) {
    return refuse({ kind: 'too-long', count: wordCount, limit: MAX_WORDS });
  }
  const lang = collapse(parsed.lang) || undefined;
  const language = languageRefusal(lang, paragraphs);
  if (language) return refuse(language);

  const title = headline(collapse(parsed.title), [parsed.byline, parsed.siteName]) || collapse(doc.querySelector('h1')?.textContent) || paragraphs[0]!.slice(0, 120);
  const article: ExtractedArticle = {
    title,
    ...optional('byline', parsed.byline),
    ...optional('siteName', parsed.siteName),
    ...optional('publishedTime', parsed.publishedTime),
    ...(lang ? { lang } : {}),
    ...(options.url ? { url: options.url } : {}),
    paragraphs,
    wordCount,
  };
  return { ok: true, article };
}

/** The title without a trailing " | Author" or " - Site" the page's <title> adds. */
function headline(title: string, suffixes: readonly (string | null | undefined)[]): string {
  for (const suffix of suffixes.map(collapse).filter(Boolean)) {
    const cut = title.match(new RegExp(`^(.+?)\\s+[|\\-–—:]\\s+${suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'));
    if (cut) return cut[1]!;
  }
  return title;
}

function refuse(refusal: ArticleRefusal): Extraction {
  return { ok: false, ...refusal };
}

function optional<K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> {
  const text = collapse(value);
  return text ? ({ [key]: text } as Record<K, string>) : {};
}

/**
 * Why the drafter cannot read this article's language, or null when it can. The page's own tag
 * decides when there is one; without it, the share of English function words in the text does.
 */
export function languageRefusal(lang: string | undefined, paragraphs: readonly string[]): Extract<ArticleRefusal, { kind: 'language' }> | null {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  if (primary) {
    return KNOWN_LANGUAGES.has(primary) ? null : { kind: 'language', language: primary };
  }
  const words = paragraphs.join(' ').toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  return words.length && english / words.length >= MIN_ENGLISH_SHARE ? null : { kind: 'language' };
}


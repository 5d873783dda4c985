/**
 * What the drafter is given for an extracted article: its paragraphs one per line, its headline,
 * a source line made of what the page says about itself ("BBC News · Jon Sopel"), and the day it
 * was published as the pack format writes dates.
 */
import { PACK_LIMITS } from '../pack/schema';
import type { ExtractedArticle } from './extract-article';

export interface DraftInput {
  text: string;
  title: string;
  /** Site and author, else the address, else nothing (the drafter then says where the draft was made). */
  source?: string;
  /** `2025-12-04`: the calendar day of the page's published time, as the page wrote it. */
  published?: string;
}

/** "By Jane Doe" → "Jane Doe". */
const author = (byline: string) => byline.replace(/^by\s+/i, '').trim();

export function draftInputOf(article: ExtractedArticle): DraftInput {
  const site = article.siteName?.trim();
  const by = article.byline ? author(article.byline) : '';
  const parts = [site, by && by.toLowerCase() !== site?.toLowerCase() ? by : ''].filter(Boolean);
  const line = parts.join(' · ') || article.url || '';
  // The day as the page wrote it, not moved to this computer's time zone.
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(article.publishedTime ?? '')?.[1];
  return {
    text: article.paragraphs.join('\n'),
    title: article.title,
    ...(line ? { source: line.slice(0, PACK_LIMITS.maxShortText) } : {}),
    ...(day ? { published: day } : {}),
  };
}

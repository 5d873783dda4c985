/**
 * The article the popup read, handed to the draft page. It is kept in `storage.session` (memory
 * only, gone when the browser closes; never written to disk) under an id the draft page's address
 * carries, so two drafts in two tabs do not overwrite each other and a reload of the draft page
 * finds its article again.
 */
import { storage } from '@wxt-dev/storage';
import { isRecord } from '../is-record';
import type { ExtractedArticle } from './extract-article';

export interface PendingDraft {
  article: ExtractedArticle;
  /** `Date.now()` when the reader pressed the button: the draft page reports the time to its review. */
  requestedAt: number;
  /** `Date.now()` when the article had been read out of the tab, for the stages of that time. */
  readAt?: number;
}

const key = (id: string) => `session:draft-${id}` as const;

/** Keeps the article for the draft page; returns the id to open it with. */
export async function savePendingDraft(draft: PendingDraft): Promise<string> {
  const id = crypto.randomUUID();
  await storage.setItem(key(id), draft);
  return id;
}

/** The article kept under `id`, or null when there is none (the browser was restarted, or the id is wrong). */
export async function loadPendingDraft(id: string): Promise<PendingDraft | null> {
  if (!/^[\w-]{1,64}$/.test(id)) return null;
  const value = await storage.getItem<unknown>(key(id));
  if (!isRecord(value) || !isRecord(value.article) || !Array.isArray(value.article.paragraphs) || typeof value.requestedAt !== 'number') return null;
  const { readAt, ...draft } = value as unknown as PendingDraft;
  return typeof readAt === 'number' && readAt >= draft.requestedAt ? { ...draft, readAt } : draft;
}

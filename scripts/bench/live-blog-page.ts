/**
 * A generated "live blog" page dense with mentions, for the per-frame cost figures: entry after
 * entry (a time, a headline, paragraphs, and now and then a table of updates, a list of links, a
 * quote), where about three sentences in eight name someone or something from the pack — ten
 * times the density of scripts/bench/news-page.ts, the load a busy live page about this story
 * puts on the content script.
 *
 * Story sentences are the bundled article's lines and the dev corpus passages that the engine
 * finds a mention in (so each one really names the pack); filler sentences are the news filler of
 * news-page.ts that it finds none in. Names are often split across inline elements and sentences
 * wrapped in nested spans, as page markup does. Deterministic (seeded).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildIndex, findMentions, type MatcherEntity } from '../../utils/matcher';
import { escapeHtml, FILLER, SPLITS } from './news-page';
import { rng, storySentences } from './news-text';

const ROOT = resolve(import.meta.dirname, '../..');
/** Share of sentences that name the pack. */
const STORY_SHARE = 3 / 8;

export function generateLiveBlogPage(targetBytes: number, seed = 8): string {
  const pack = JSON.parse(readFileSync(resolve(ROOT, 'data/briefing-pack.json'), 'utf8')) as { entities: MatcherEntity[] };
  const index = buildIndex(pack.entities);
  const names = (s: string) => findMentions(s, index).length > 0;
  const stories = storySentences().filter(names);
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

  const filler = () => {
    for (;;) {
      const words = Array.from({ length: 8 + Math.floor(random() * 20) }, () => pick(FILLER));
      const s = `${words.join(' ')}.`;
      const text = `${s[0]!.toUpperCase()}${s.slice(1)}`;
      if (!names(text)) return text;
    }
  };
  const sentence = () => {
    if (random() >= STORY_SHARE) {
      const s = escapeHtml(filler());
      return random() < 0.12 ? s.replace(/ (\w+) (\w+)\.$/, ' <a href="#more">$1 <span>$2</span></a>.') : s;
    }
    let s = escapeHtml(pick(stories));
    if (random() < 0.5) for (const [pattern, html] of SPLITS) s = s.replace(pattern, html);
    if (random() < 0.2) s = `<span class="update"><span class="lede"><em>${s}</em></span></span>`;
    return s;
  };
  const sentences = (n: number) => Array.from({ length: n }, sentence).join(' ');
  const clock = (n: number) => {
    const minutes = (23 * 60 + 59 - n * 3 + 24 * 600) % (24 * 60);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  };

  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: Putin in New Delhi — every update</title>',
    '<style>body{font:16px/1.5 Georgia,serif;max-width:48em;margin:auto}.entry{border-top:1px solid #ccc}' +
      'table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 6px}.update{background:#fafafa}</style>',
    '</head><body><header><h1>Live: Putin in New Delhi</h1><nav>',
    ...['Live', 'India', 'Russia', 'World', 'Opinion'].map((s) => `<a href="#${s}">${s}</a>`),
    '</nav></header><main>',
  ];
  let bytes = Buffer.byteLength(parts.join('\n'));
  for (let n = 0; bytes < targetBytes; n++) {
    const html = [`<article class="entry" id="e${n}"><header><time>${clock(n)}</time> <h2>${sentence()}</h2></header>`];
    const paragraphs = 2 + Math.floor(random() * 3);
    for (let i = 0; i < paragraphs; i++) html.push(`<p>${sentences(2 + Math.floor(random() * 3))}</p>`);
    const r = random();
    if (r < 0.15) {
      const rows = Array.from({ length: 3 }, (_, k) => `<tr><td>${clock(n + k)}</td><td>${sentence()}</td><td><a href="#src${k}">Agency</a></td></tr>`);
      html.push(`<table><caption>${sentence()}</caption><thead><tr><th>Time</th><th>Update</th><th>Source</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    } else if (r < 0.3) {
      const tag = r < 0.22 ? 'ul' : 'ol';
      html.push(`<${tag}>${Array.from({ length: 3 + Math.floor(random() * 2) }, () => `<li><a href="#item">${sentence()}</a></li>`).join('')}</${tag}>`);
    } else if (r < 0.38) {
      html.push(`<blockquote><p>${sentence()}</p></blockquote>`);
    }
    html.push('<p class="share"><a href="#share">Share</a> · <a href="#comment">Comment</a></p></article>');
    const chunk = html.join('\n');
    parts.push(chunk);
    bytes += Buffer.byteLength(chunk);
  }
  parts.push('</main><footer><p>© Example News</p></footer></body></html>');
  return parts.join('\n');
}

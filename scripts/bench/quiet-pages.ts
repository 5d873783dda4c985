/**
 * The pages the per-frame cost figures are measured on, all naming nobody from the pack:
 *
 * - `quiet.html`: a short article (about 700 words, headline, byline, paragraphs, a figure box),
 *   the page a reader opens most often — one that has nothing for the extension to mark.
 * - `quiet-ads.html`: the same article with 20 small "ad" frames (a few words and an image-like box
 *   each; half from the page's origin, half from a second 127.0.0.1 port, as ad servers are another
 *   origin), two 1×1 tracking-pixel frames and one empty frame (`about:blank`): 23 frames, each of
 *   which gets its own copy of the content script.
 * - `ad.html`, `pixel.html`: the frames' documents.
 *
 * Text is drawn from a vocabulary with no name, place or event word of the pack, so every frame
 * scans to nothing (the benchmark prints the highlight count to show it). Deterministic (seeded).
 */
import fs from 'node:fs';
import path from 'node:path';
import { rng } from './news-text';

const WORDS = (
  'the the the of of and and to to in in a a is that for on was with as it by at from an were are ' +
  'which this be has have had not but they their its been more after over who also will would about ' +
  'than into could new other some them two first last year years time people garden gardens soil ' +
  'water spring autumn seeds plants flowers trees roses tomatoes beans compost weather rain frost sun ' +
  'morning evening neighbours allotment shed tools hedge lawn pond birds bees leaves path fence ' +
  'season harvest kitchen recipe soup bread apples pears berries market village library cafe bicycle'
).split(' ');

export const QUIET_PAGE = 'quiet.html';
export const QUIET_ADS_PAGE = 'quiet-ads.html';
export const AD_FRAMES = 20;
export const PIXEL_FRAMES = 2;
export const EMPTY_FRAMES = 1;

function prose(seed: number) {
  const random = rng(seed);
  const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const sentence = () => {
    const s = Array.from({ length: 8 + Math.floor(random() * 14) }, pick).join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(' ');
  return { sentence, paragraph };
}

const HEAD = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  '<style>body{font:16px/1.5 Georgia,serif;max-width:46em;margin:1em auto}.box{background:#dde;border-radius:4px}' +
  'aside iframe{border:0;display:block;margin:.5em 0}</style></head>';

/** The article's paragraphs, with `between(i)` inserted after paragraph i. */
function article(between: (i: number) => string): string {
  const { sentence, paragraph } = prose(11);
  const parts = [`<header><h1>${sentence()}</h1><p class="byline">By a staff writer · <time datetime="2025-05-04">4 May 2025</time></p></header><main><article>`];
  for (let i = 0; i < 8; i++) {
    parts.push(`<p>${paragraph()}</p>`);
    if (i === 2) parts.push(`<figure><div class="box" style="height:220px"></div><figcaption>${sentence()}</figcaption></figure>`);
    parts.push(between(i));
  }
  parts.push('</article></main>');
  return parts.join('\n');
}

/** `adOrigin`: the second origin half of the ad frames come from (another 127.0.0.1 port). */
export function writeQuietPages(dir: string, adOrigin: string): void {
  fs.writeFileSync(path.join(dir, QUIET_PAGE), `${HEAD('A quiet article')}<body>${article(() => '')}</body></html>`);

  let ad = 0;
  const adFrame = () => {
    const origin = ad % 2 ? adOrigin : '';
    return `<iframe src="${origin}/gen/ad.html?n=${ad++}" width="300" height="120" title="Advertisement"></iframe>`;
  };
  const frames = (i: number) => {
    const html: string[] = [];
    const count = Math.ceil(AD_FRAMES / 8);
    for (let k = 0; k < count && ad < AD_FRAMES; k++) html.push(adFrame());
    if (i === 0) html.push(...Array.from({ length: PIXEL_FRAMES }, (_, k) => `<iframe src="/gen/pixel.html?p=${k}" width="1" height="1" title=""></iframe>`));
    if (i === 1) html.push(...Array.from({ length: EMPTY_FRAMES }, () => '<iframe width="300" height="60" title=""></iframe>'));
    return html.length ? `<aside>${html.join('')}</aside>` : '';
  };
  fs.writeFileSync(path.join(dir, QUIET_ADS_PAGE), `${HEAD('A quiet article with ads')}<body>${article(frames)}</body></html>`);

  const { sentence } = prose(23);
  fs.writeFileSync(
    path.join(dir, 'ad.html'),
    `${HEAD('Ad')}<body style="margin:0;font:13px/1.3 system-ui,sans-serif"><div class="box" style="float:left;width:96px;height:96px;margin:8px"></div>` +
      `<p><b>${sentence().split(' ').slice(0, 4).join(' ')}</b></p><p>${sentence()}</p><a href="#go">Learn more</a></body></html>`,
  );
  fs.writeFileSync(path.join(dir, 'pixel.html'), '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body style="margin:0"><div style="width:1px;height:1px"></div></body></html>');
}

/**
 * A generated news page of about 4 MB of HTML for the page benchmark: a site header and nav, then
 * article after article (headline, byline, paragraphs, the odd list, quote and aside of related
 * links), the way a long live-blog or an infinite-scroll front page looks to a content script.
 *
 * Sentences come from the bundled article and the dev corpus (they name the pack's people and events,
 * in four languages) mixed with filler news prose, at about one story sentence in 22 — roughly a
 * mention per 200 words, as real coverage has. Names are often split across inline elements
 * (`<a>Vladimir</a> Putin`, `<b>Narendra</b> <i>Modi</i>`), which the annotator must join.
 * Deterministic (seeded), so every run measures the same page.
 */
import { rng, storySentences } from './news-text';

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const FILLER = (
  'the the the of of of and and to to in in a a is that for on was with he as it by at from his an ' +
  'were are which this be has have had not but they their its been more after over who also will ' +
  'would about than into could new other some them two first last year years time people state ' +
  'government minister officials said says told talks week month market prices energy oil gas trade ' +
  'deal security cooperation economy growth report analysts election parliament court police city ' +
  'council country foreign defence agreement bilateral strategic relations leaders meeting visit ' +
  'war annual summit special military conflict sanctions exports billion million percent according ' +
  'statement ministry policy budget bank inflation investors companies workers schools hospital ' +
  'weather Washington Beijing London Tokyo Berlin Europe China Moscow Delhi India Russia Indian ' +
  'Russian Ukraine Monday Friday December 2025 5 12 40'
).split(' ');

/** Names as pages often mark them up: split across links, bold and spans. */
export const SPLITS: Array<[RegExp, string]> = [
  [/Vladimir Putin/g, '<a href="#putin">Vladimir</a> Putin'],
  [/Narendra Modi/g, '<b>Narendra</b> <i>Modi</i>'],
  [/Andrei Belousov/g, '<span class="given">Andrei</span> <span class="family">Belousov</span>'],
  [/Droupadi Murmu/g, '<a href="#murmu">Droupadi <strong>Murmu</strong></a>'],
];

export function generateNewsPage(targetBytes = 4 * 1024 * 1024, seed = 42): string {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const stories = storySentences();
  const filler = () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 20) }, () => pick(FILLER));
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const sentence = () => {
    if (random() >= 0.045) {
      const s = escapeHtml(filler());
      return random() < 0.1 ? s.replace(/ (\w+) (\w+)\./, ' <a href="#more">$1 $2</a>.') : s;
    }
    let s = escapeHtml(pick(stories));
    if (random() < 0.5) for (const [pattern, html] of SPLITS) s = s.replace(pattern, html);
    return s;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ');

  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>World news — live</title>',
    '<style>body{font:16px/1.5 Georgia,serif;max-width:46em;margin:auto}nav a{margin-right:1em}aside{font-size:.9em}</style>',
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Putin visits India"}</script>',
    '</head><body><header><h1>World news</h1><nav>',
    ...['World', 'India', 'Russia', 'Business', 'Opinion', 'Sport', 'Culture'].map((s) => `<a href="#${s}">${s}</a>`),
    '</nav></header><main>',
  ];
  let bytes = parts.join('').length;
  let n = 0;
  while (bytes < targetBytes) {
    const html: string[] = [`<article id="a${n}"><h2>${sentence()}</h2>`, `<p class="byline">By staff <time datetime="2025-12-05">5 December 2025</time></p>`];
    const paragraphs = 4 + Math.floor(random() * 8);
    for (let i = 0; i < paragraphs; i++) {
      html.push(`<p>${paragraph()}</p>`);
      const r = random();
      if (r < 0.08) html.push(`<ul>${Array.from({ length: 3 }, () => `<li>${sentence()}</li>`).join('')}</ul>`);
      else if (r < 0.14) html.push(`<blockquote><p>${sentence()}</p></blockquote>`);
    }
    if (random() < 0.3) html.push(`<aside><h3>Related</h3><ul>${Array.from({ length: 4 }, () => `<li><a href="#r">${sentence()}</a></li>`).join('')}</ul></aside>`);
    html.push('</article>');
    const chunk = html.join('\n');
    parts.push(chunk);
    bytes += chunk.length;
    n++;
  }
  parts.push('</main><footer><p>© Example News</p></footer></body></html>');
  return parts.join('\n');
}

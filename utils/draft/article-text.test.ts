import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleText } from './article-text';

const PAGE =
  '<html><head><title>  Harbour News  </title><style>p { color: red }</style><script>var Putin = 1;</script></head>' +
  '<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>' +
  '<h1>Mayor   backs\n ferry plan</h1>' +
  '<p>Mayor <b>Helen</b> Okafor said the ferries start in <a href="/x">Port Alder</a>.</p>' +
  '<figure><img src="f.jpg" alt=""><figcaption>The ferry at dawn.</figcaption></figure>' +
  '<p>   </p><p hidden>Hidden Person spoke.</p><div aria-hidden="true">Ad copy</div>' +
  '<pre>Vladimir Putin();</pre><noscript>Enable scripts</noscript>' +
  '<p>Okafor told&nbsp;the council.</p></body></html>';

// One table, two parsers: DOMParser (happy-dom here) and linkedom.
const PARSERS: [string, (html: string) => ReturnType<typeof articleText>][] = [
  ['DOMParser', (html) => articleText(new DOMParser().parseFromString(html, 'text/html'))],
  ['linkedom', (html) => articleText(parseHTML(html).document)],
];

describe.each(PARSERS)('articleText (%s)', (_name, read) => {
  it('takes the blocks a reader sees, one paragraph each, with whitespace collapsed', () => {
    expect(read(PAGE).paragraphs).toEqual([
      'Home News',
      'Mayor backs ferry plan',
      'Mayor Helen Okafor said the ferries start in Port Alder.',
      'The ferry at dawn.',
      'Okafor told the council.',
    ]);
  });

  it('gives the paragraphs one per line as the text to draft from', () => {
    const { paragraphs, text } = read(PAGE);
    expect(text).toBe(paragraphs.join('\n'));
    expect(text).not.toMatch(/Putin|color|Hidden Person|Ad copy|Enable scripts|Harbour News/);
  });

  it.each([
    ['the first <h1>, not the navigation before it', PAGE, 'Mayor backs ferry plan'],
    ['the first <h1> of several', '<title>Site</title><h1>First story</h1><h1>Second story</h1><p>Text.</p>', 'First story'],
    ['the <title> when there is no <h1>', '<title> Ferry  plan | Harbour News </title><h2>Section</h2><p>Text.</p>', 'Ferry plan | Harbour News'],
    ['the <title> when the <h1> is blank', '<title>Ferry plan</title><h1> <img src="logo.png" alt="Logo"> </h1><p>Text.</p>', 'Ferry plan'],
    ['the <h1>’s whole text, inline markup included', '<h1>Mayor <em>backs</em> <a href="#">ferry</a> plan</h1>', 'Mayor backs ferry plan'],
  ])('headline: %s', (_rule, html, headline) => {
    expect(read(html).headline).toBe(headline);
  });

  it('has no headline when neither an <h1> nor a <title> says one', () => {
    const article = read('<html><head><title> </title></head><body><h1></h1><p>Okafor spoke.</p></body></html>');
    expect(article).not.toHaveProperty('headline');
    expect(article.text).toBe('Okafor spoke.');
  });

  it('gives no paragraphs for a page without text', () => {
    expect(read('<html><body><script>x()</script><p> </p></body></html>')).toEqual({ paragraphs: [], text: '' });
  });
});

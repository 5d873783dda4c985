/**
 * The check before a session: "no" only when no block's text names anyone, and a later change that
 * does ends the wait. Tests that expect "no" give the check a generous budget: happy-dom is slow.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, compileIndex, indexMayName, loadCompiledIndex, splitCompiledIndex } from '../matcher';
import { TEST_ENTITIES } from '@/tests/support/matcher-entities';
import { mayMention, whenMayMention } from './mention-check';

const compiled = compileIndex(buildIndex(TEST_ENTITIES));
const index = loadCompiledIndex(compiled);

describe('mayMention', () => {
  it('says no for text naming nobody, yes for a name, in any block', () => {
    document.body.innerHTML = '<h1>Garden notes</h1><p>Roses and beans in the spring.</p>';
    expect(mayMention(document.body, indexMayName(index), { budgetMs: 1_000 })).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<ul><li>Later: <b>Modi</b> spoke.</li></ul>');
    expect(mayMention(document.body, indexMayName(index))).toBe(true);
  });

  it('counts text that is not drawn, and leaves scripts out', () => {
    document.body.innerHTML = '<p style="display:none">Putin</p>';
    expect(mayMention(document.body, indexMayName(index))).toBe(true);
    document.body.innerHTML = '<script>var Putin = 1;</script><p>Nothing here.</p>';
    expect(mayMention(document.body, indexMayName(index), { budgetMs: 1_000 })).toBe(false);
  });

  it('says maybe for an open shadow root (only the annotator follows it), and for a first word whose phrases are not loaded', () => {
    document.body.innerHTML = '<p>Nothing here.</p><div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Nor here.</p>';
    expect(mayMention(document.body, indexMayName(index))).toBe(true);
    const { head } = splitCompiledIndex(compiled);
    const headOnly = loadCompiledIndex(head, () => new Promise(() => {}));
    document.body.innerHTML = '<p>Vladimir Putin arrived.</p>';
    expect(mayMention(document.body, indexMayName(headOnly))).toBe(true);
  });

  it('reads a hidden subtree (a page may show it without changing its text): maybe only when it names someone', () => {
    document.body.innerHTML = '<p>Nothing here.</p><section hidden><p>Nor here.</p><div hidden>Or here.</div></section>';
    expect(mayMention(document.body, indexMayName(index), { budgetMs: 1_000 })).toBe(false);
    document.body.innerHTML = '<p>Nothing here.</p><section hidden><p>Nor here.</p><div hidden>But Modi spoke.</div></section>';
    expect(mayMention(document.body, indexMayName(index), { budgetMs: 1_000 })).toBe(true);
  });

  it('says maybe for a page too long to read in one short task, and for a huge block', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} about roses and beans.</p>`).join('');
    expect(mayMention(document.body, indexMayName(index), { budgetMs: 1_000 })).toBe(false);
    expect(mayMention(document.body, indexMayName(index), { budgetMs: -1 })).toBe(true);
    document.body.innerHTML = `<p>${'roses and beans '.repeat(10_000)}</p>`;
    expect(mayMention(document.body, indexMayName(index))).toBe(true);
  });
});

describe('mayMention with a test of the whole text first', () => {
  const gates = () => {
    const blocks: string[] = [];
    const wholes: string[] = [];
    const block = (text: string) => (blocks.push(text), indexMayName(index)(text));
    // A stand-in loose test: the scanner's own answer on the whole text, or its words glued.
    const wholeText = (text: string) => (wholes.push(text), /modi|putin|vladimir/i.test(text));
    return { blocks, wholes, block, wholeText };
  };

  it('says no from the whole text alone, without walking the blocks', () => {
    const { blocks, wholes, block, wholeText } = gates();
    document.body.innerHTML = '<h1>Garden notes</h1><p>Roses and beans in the spring.</p><section hidden>Nor here.</section>';
    expect(mayMention(document.body, block, { wholeText })).toBe(false);
    expect(wholes).toEqual(['Garden notesRoses and beans in the spring.Nor here.']);
    expect(blocks).toEqual([]);
  });

  it('walks the blocks when the whole text may name someone, and the blocks decide', () => {
    const { blocks, block, wholeText } = gates();
    // "Modi" only inside a script: the whole text holds it, no block does.
    document.body.innerHTML = '<script>var modi = 1;</script><p>Nothing here.</p>';
    expect(mayMention(document.body, block, { budgetMs: 1_000, wholeText })).toBe(false);
    expect(blocks).toEqual(['Nothing here.']);
    document.body.insertAdjacentHTML('beforeend', '<p>Later <b>Modi</b> spoke.</p>');
    expect(mayMention(document.body, block, { wholeText })).toBe(true);
  });

  it('says maybe for an open shadow root the whole text leaves out, however deep', () => {
    const { block, wholeText } = gates();
    document.body.innerHTML = '<p>Nothing here.</p><div><span><b id="host"></b></span></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Modi spoke.</p>';
    expect(mayMention(document.body, block, { wholeText })).toBe(true);
    // A changed subtree that is itself a shadow host.
    expect(mayMention(document.getElementById('host')!, block, { wholeText })).toBe(true);
  });
});

describe('whenMayMention', () => {
  it('resolves at once for a page that names someone, and after the change that makes a quiet page name someone', async () => {
    document.body.innerHTML = '<p>Modi spoke.</p>';
    await whenMayMention(document, indexMayName(index), new AbortController().signal);
    document.body.innerHTML = '<p id="live">Markets were calm.</p>';
    let resolved = false;
    const wait = whenMayMention(document, indexMayName(index), new AbortController().signal, { budgetMs: 1_000 }).then(() => (resolved = true));
    document.getElementById('live')!.append(' The weather was mild.');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(resolved).toBe(false);
    document.getElementById('live')!.append(' Then Putin arrived.');
    await wait;
    expect(resolved).toBe(true);
  });

  it('resolves after a change that makes a hidden subtree name someone (the page may show it by an attribute alone)', async () => {
    document.body.innerHTML = '<p>Markets were calm.</p><section hidden><p id="later">Nor here.</p></section>';
    const wait = whenMayMention(document, indexMayName(index), new AbortController().signal, { budgetMs: 1_000 });
    document.getElementById('later')!.textContent = 'Then Putin arrived.';
    await wait;
  });

  it('rejects with the reason when the wait is called off', async () => {
    document.body.innerHTML = '<p>Markets were calm.</p>';
    const controller = new AbortController();
    const wait = whenMayMention(document, indexMayName(index), controller.signal, { budgetMs: 1_000 });
    controller.abort('stopped');
    await expect(wait).rejects.toBe('stopped');
  });
});

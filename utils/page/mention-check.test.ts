/**
 * The check before a session: "no" only when no block's text names anyone, and a later change that
 * does ends the wait. Tests that expect "no" give the check a generous budget: happy-dom is slow.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { resolve } from 'node:path';
import bundled from '@/data/briefing-pack.json';
import { buildIndex, compileIndex, indexMayName, loadCompiledIndex, splitCompiledIndex } from '../matcher';
import { looseNameGate, nameGate } from '../matcher/name-gate';
import { buildCatalog } from '../pack/catalog';
import type { Pack } from '../pack/schema';
import { TEST_ENTITIES } from '@/tests/support/matcher-entities';
import { mayMention, whenMayMention } from './mention-check';
import { iterateTextBlocks } from './text-blocks';

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
    // A stand-in loose test: whether any of three names is anywhere in the whole text.
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

describe('the whole-text test on the saved real pages', () => {
  it('says maybe wherever the exact gate says it of a block (the fast path never hides a name)', () => {
    const gate = buildIndex(buildCatalog([bundled as Pack]).matcherEntities).gate;
    const [exact, loose] = [nameGate(gate), looseNameGate(gate)];
    const dir = resolve(__dirname, '../../tests/fixtures/pages');
    const files = readdirSync(dir).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThanOrEqual(15);
    let named = 0;
    for (const file of files) {
      // Parsed offline (linkedom, as the CLI reads pages): nothing of the page loads or runs.
      const { body } = parseHTML(readFileSync(resolve(dir, file), 'utf8')).document;
      const blocks = [...iterateTextBlocks(body)].filter((block) => exact(block.text));
      if (blocks.length === 0) continue;
      named++;
      expect(loose(body.textContent ?? ''), file).toBe(true);
      for (const block of blocks) expect(loose(block.text), `${file}: ${block.text.slice(0, 80)}`).toBe(true);
    }
    // Pages whose blocks hold a phrase's keys (Yahoo names Putin; Wikipedia holds keys of one).
    expect(named).toBeGreaterThanOrEqual(2);
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

  it('with the real gates and a test of the whole text first: resolves after a change that names someone, in a hidden subtree or in a new shadow root', async () => {
    const gate = buildIndex(TEST_ENTITIES).gate;
    const options = { budgetMs: 1_000, wholeText: looseNameGate(gate) };
    document.body.innerHTML = '<p id="live">Markets were calm.</p><section hidden><p id="later">Nor here.</p></section>';
    let wait = whenMayMention(document, nameGate(gate), new AbortController().signal, options);
    document.getElementById('live')!.append(' The weather was mild.');
    document.getElementById('later')!.textContent = 'Then Putin arrived.';
    await wait;
    document.body.innerHTML = '<p id="live">Markets were calm.</p>';
    wait = whenMayMention(document, nameGate(gate), new AbortController().signal, options);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Modi spoke.</p>';
    document.body.append(host);
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

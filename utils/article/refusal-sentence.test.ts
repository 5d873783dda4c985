import { describe, expect, it } from 'vitest';
import { loadTestTranslator } from '@/tests/support/locales';
import { englishTranslator } from '../i18n';
import { refusalSentence, type BriefRefusal } from './refusal-sentence';

describe('refusalSentence', () => {
  it.each<[BriefRefusal, string]>([
    [{ kind: 'not-article' }, 'This page does not look like an article (Reader View would not open it either).'],
    [{ kind: 'no-article' }, 'No article was found on this page.'],
    [{ kind: 'too-large', count: 61_234, limit: 60_000 }, 'This page has 61,234 elements; pages of up to 60,000 can be read.'],
    [{ kind: 'too-short', count: 144, limit: 150 }, 'The article has 144 words; a briefing pack needs at least 150.'],
    [{ kind: 'too-long', count: 24_000, limit: 20_000 }, 'The article has 24,000 words; the drafter reads articles of up to 20,000.'],
    [{ kind: 'language', language: 'pt' }, 'This article is in Portuguese; the drafter reads only English.'],
    [{ kind: 'language' }, 'This article does not read as English; the drafter reads only English.'],
    [{ kind: 'unreachable' }, 'This page could not be read. Reload it and try again.'],
  ])('words %o in English', (refusal, sentence) => {
    expect(refusalSentence(englishTranslator, refusal)).toBe(sentence);
  });

  it('names the language and writes the numbers in the reader’s language', async () => {
    const ru = await loadTestTranslator('ru', (key) => expect.fail(`no Russian for ${key}`));
    expect(refusalSentence(ru, { kind: 'language', language: 'fr' })).toBe('Статья написана на другом языке (французский); черновик составляется только по статьям на английском.');
    expect(refusalSentence(ru, { kind: 'too-long', count: 24_000, limit: 20_000 })).toBe('Слов в статье: 24\u00a0000; черновик составляется по статьям длиной до 20\u00a0000 слов.');
    const hi = await loadTestTranslator('hi', (key) => expect.fail(`no Hindi for ${key}`));
    expect(refusalSentence(hi, { kind: 'language', language: 'fr' })).toMatch(/^यह लेख \S+ में है;/);
  });
});

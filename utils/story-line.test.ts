import { describe, expect, it } from 'vitest';
import { englishTranslator as en } from './i18n';
import { loadTestTranslator } from '@/tests/support/locales';
import { formatStoryDate, storyLine } from './story-line';

describe('storyLine', () => {
  it('names the headline, the source and the date, in that order', () => {
    expect(storyLine(en, { title: 'Belousov arrives in India', source: 'TASS', published: '2025-12-03' })).toBe(
      'From: Belousov arrives in India · TASS · 3 December 2025',
    );
  });

  it.each([
    [{ title: 'Belousov arrives in India', source: 'TASS' }, 'From: Belousov arrives in India · TASS'],
    [{ title: 'Belousov arrives in India', published: '--12-03' }, 'From: Belousov arrives in India · 3 December'],
    [{ source: 'TASS', published: '2025-12-03' }, 'From: TASS · 3 December 2025'],
    [{ title: '  Belousov arrives in India  ', source: ' ', published: '' }, 'From: Belousov arrives in India'],
  ])('leaves out what the pack does not give: %j', (fields, line) => {
    expect(storyLine(en, fields)).toBe(line);
  });

  it('is null when the pack names nothing about its story', () => {
    expect(storyLine(en, {})).toBeNull();
    expect(storyLine(en, { title: ' ', source: '' })).toBeNull();
  });
});

describe('formatStoryDate', () => {
  it.each([
    ['2017-11-30', '30 November 2017'],
    ['2025-01-01', '1 January 2025'],
    ['--12-04', '4 December'],
  ])('writes %s as "%s"', (date, text) => {
    expect(formatStoryDate(en, date)).toBe(text);
  });

  it('shows anything that is not a calendar date as given', () => {
    expect(formatStoryDate(en, '2025-13-01')).toBe('2025-13-01');
    expect(formatStoryDate(en, '2025-12-00')).toBe('2025-12-00');
    expect(formatStoryDate(en, 'early December')).toBe('early December');
  });
});

describe('in Russian and Hindi', () => {
  it('writes the date and the line in the interface language', async () => {
    const ru = await loadTestTranslator('ru');
    const hi = await loadTestTranslator('hi');
    expect(formatStoryDate(ru, '2025-12-04')).toBe('4 декабря 2025 г.');
    expect(formatStoryDate(ru, '--12-04')).toBe('4 декабря');
    expect(formatStoryDate(hi, '2025-12-04')).toBe('4 दिसंबर 2025');
    expect(storyLine(ru, { title: 'Белоусов в Индии', source: 'ТАСС' })).toBe('Из статьи: Белоусов в Индии · ТАСС');
    expect(storyLine(hi, { source: 'TASS', published: '2025-12-03' })).toBe('स्रोत कहानी: TASS · 3 दिसंबर 2025');
  });
});

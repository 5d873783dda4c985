import { describe, expect, it } from 'vitest';
import { loadTestTranslator } from '@/tests/support/locales';
import { badgeText, badgeTitle } from './badge-text';
import { englishTranslator } from './i18n';

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
  ])('shows %s as %j', (total, text) => {
    expect(badgeText(total)).toBe(text);
  });
});

describe('badgeTitle', () => {
  const story = ['Belousov in India'];
  it.each([
    [{ state: 'active', total: 20 }, story, 'Contextual Briefings: 20 mentions of people and events from “Belousov in India” on this page'],
    [{ state: 'active', total: 1 }, story, 'Contextual Briefings: 1 mention of people and events from “Belousov in India” on this page'],
    [{ state: 'active', total: 3 }, ['One', 'Two'], 'Contextual Briefings: 3 mentions of people and events from 2 stories on this page'],
    [{ state: 'active', total: 3 }, [], 'Contextual Briefings: 3 mentions on this page'],
    [{ state: 'active', total: 0 }, story, 'Contextual Briefings: no mentions on this page'],
    [{ state: 'paused', total: 5 }, story, 'Contextual Briefings: paused on this site'],
    [{ state: 'off', total: 0 }, story, 'Contextual Briefings: switched off'],
  ] as const)('%j with %j', (summary, stories, title) => {
    expect(badgeTitle(englishTranslator, summary, stories)).toBe(title);
  });
});

describe('badgeTitle in Russian and Hindi', () => {
  it.each([
    [1, 'Contextual Briefings: 1 упоминание людей и событий из «Белоусов в Индии» на этой странице'],
    [3, 'Contextual Briefings: 3 упоминания людей и событий из «Белоусов в Индии» на этой странице'],
    [25, 'Contextual Briefings: 25 упоминаний людей и событий из «Белоусов в Индии» на этой странице'],
    [101, 'Contextual Briefings: 101 упоминание людей и событий из «Белоусов в Индии» на этой странице'],
  ])('Russian: %i', async (total, title) => {
    const ru = await loadTestTranslator('ru');
    expect(badgeTitle(ru, { state: 'active', total }, ['Белоусов в Индии'])).toBe(title);
  });

  it('Hindi: one and other', async () => {
    const hi = await loadTestTranslator('hi');
    expect(badgeTitle(hi, { state: 'active', total: 1 }, [])).toBe('Contextual Briefings: इस पेज पर 1 उल्लेख');
    expect(badgeTitle(hi, { state: 'active', total: 2 }, ['A', 'B'])).toBe('Contextual Briefings: इस पेज पर 2 कहानियों के लोगों और घटनाओं के 2 उल्लेख');
    expect(badgeTitle(hi, { state: 'paused', total: 2 }, [])).toBe('Contextual Briefings: इस साइट पर रुका हुआ है');
  });
});

import { describe, expect, it } from 'vitest';
import { badgeText, badgeTitle } from './badge-text';

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
    expect(badgeTitle(summary, stories)).toBe(title);
  });
});

/**
 * A small, hand-written pack for component tests, so views can be specified without the bundled
 * pack (which is larger and free to change). Its text mirrors the real article closely enough to
 * read naturally in tests.
 */
import type { Pack } from '@/utils/pack/schema';

export const testPack: Pack = {
  format: 'contextual-briefings/pack',
  formatVersion: 1,
  id: 'test-pack',
  title: 'Russia–India defence talks (test pack)',
  language: 'en',
  source: 'Test wire report, December 2025',
  article: {
    headline: 'Belousov in New Delhi ahead of Putin’s visit',
    summary:
      'Russia’s defence minister Andrei Belousov went to New Delhi for the 22nd session of the military-technical commission. Vladimir Putin is due in India on December 4–5.',
    keyPoints: [
      'Belousov co-chairs the commission’s 22nd session.',
      'Putin visits India on December 4–5.',
      'The war in Ukraine forms the background to the talks.',
    ],
    timeline: [
      {
        when: 'December 3',
        label: 'Commission’s 22nd session in New Delhi',
        entities: ['military-technical-commission'],
        sources: [0],
      },
      {
        when: 'December 4–5',
        label: 'Putin’s visit to India',
        entities: ['putin-india-visit', 'vladimir-putin'],
        sources: [1],
      },
    ],
    sentences: [
      'Andrei Belousov arrived in New Delhi for the 22nd session of the intergovernmental commission.',
      'Vladimir Putin will visit India on December 4–5.',
      'Putin and Narendra Modi are expected to discuss defence cooperation.',
    ],
  },
  entities: [
    {
      id: 'andrei-belousov',
      kind: 'person',
      name: 'Andrei Belousov',
      role: 'Russia’s defence minister',
      briefing: 'Belousov leads Russia’s side at the commission’s 22nd session in New Delhi.',
      sources: [0],
      related: ['military-technical-commission', 'vladimir-putin', 'no-such-entity'],
      aliases: ['Andrei Belousov', 'Belousov'],
    },
    {
      id: 'vladimir-putin',
      kind: 'person',
      name: 'Vladimir Putin',
      role: 'President of Russia',
      briefing: 'Putin visits India on December 4–5 for talks with Narendra Modi.',
      sources: [1, 2],
      related: ['putin-india-visit', 'narendra-modi'],
      aliases: ['Vladimir Putin', 'Putin'],
    },
    {
      id: 'narendra-modi',
      kind: 'person',
      name: 'Narendra Modi',
      role: 'Prime Minister of India',
      briefing: 'Modi hosts Putin for talks on defence cooperation.',
      sources: [2],
      related: ['vladimir-putin'],
      aliases: ['Narendra Modi', 'Modi'],
    },
    {
      id: 'military-technical-commission',
      kind: 'event',
      name: 'Military-technical commission',
      role: 'Russia–India intergovernmental commission, 22nd session',
      briefing: 'The commission meets for its 22nd session, co-chaired by Belousov.',
      sources: [0],
      when: 'December 3',
      related: ['andrei-belousov'],
      aliases: ['intergovernmental commission'],
    },
    {
      id: 'putin-india-visit',
      kind: 'event',
      name: 'Putin’s visit to India',
      role: 'State visit and summit talks',
      briefing: 'Putin travels to India for talks with Modi.',
      sources: [1],
      when: 'December 4–5',
      related: ['vladimir-putin', 'narendra-modi'],
      aliases: ['visit to India'],
    },
    {
      id: 'new-delhi',
      kind: 'place',
      name: 'New Delhi',
      role: 'Capital of India',
      briefing: 'Where the commission meets.',
      sources: [0],
      related: [],
      aliases: ['New Delhi'],
    },
  ],
};

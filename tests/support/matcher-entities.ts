import type { MatcherEntity } from '../../utils/matcher/types';

/**
 * A small pack written for the unit tests, independent of data/briefing-pack.json so the tests
 * pin the engine's behaviour rather than the pack author's choices.
 */
export const TEST_ENTITIES: readonly MatcherEntity[] = [
  {
    id: 'narendra-modi',
    kind: 'person',
    aliases: ['[Narendra] Modi', 'Нарендра~ Моди', 'Моди', '[नरेंद्र] मोदी'],
    exclusions: ['Lalit Modi', 'ललित मोदी'],
  },
  { id: 'vladimir-putin', kind: 'person', aliases: ['[Vladimir] Putin', '[Владимир~] Путин~', '[व्लादिमीर] पुतिन'] },
  { id: 'droupadi-murmu', kind: 'person', aliases: ['[Droupadi] Murmu', '[द्रौपदी] मुर्मू'] },
  {
    id: 'andrei-belousov',
    kind: 'person',
    aliases: ['[(Andrei|Andrey)] Belousov', '[Андрей~] Белоусов~'],
  },
  {
    id: 'putin-india-visit',
    kind: 'event',
    aliases: ["Putin's (India visit|visit to India)", 'Modi-Putin summit', '[Vladimir] Putin India visit', '23rd India-Russia Annual Summit'],
    exclusions: ['# [annual] India-Russia summit'],
  },
  {
    id: 'military-technical-commission',
    kind: 'event',
    aliases: ['IRIGC-M&MTC', 'inter-governmental commission on military and military-technical cooperation'],
  },
  { id: 'war-in-ukraine', kind: 'event', aliases: ['Russia-Ukraine (war|conflict)', '(war|conflict) in Ukraine'] },
];

/**
 * People named in scripts without spaces (Han) and with attached affixes (Arabic, Bengali), for the
 * engine's rules on those scripts; with a longer Han name holding a key as an exclusion.
 */
export const SCRIPT_ENTITIES: readonly MatcherEntity[] = [
  { id: 'vladimir-putin', kind: 'person', aliases: ['普京', '弗拉基米尔·普京', 'بوتين', '[ভ্লাদিমির] পুতিন', 'Putin'] },
  { id: 'narendra-modi', kind: 'person', aliases: ['莫迪', 'مودي', '[নরেন্দ্র] মোদী', '[नरेंद्र] मोदी', 'Modi'], exclusions: ['莫迪利亚尼'] },
  { id: 'andrei-belousov', kind: 'person', aliases: ['安德烈·别洛乌索夫', '别洛乌索夫'] },
  { id: 'summit', kind: 'event', aliases: ['القمة الهندية الروسية'] },
];

/**
 * Scores the engine with the bundled pack's aliases on blind2.jsonl in tests/corpus/: 93 passages
 * (42 English, 22 Russian, 17 Hindi, 12 Italian) written BEFORE reading the pack's alias lists, the
 * matcher's rule code or the other labelled sets (dev, heldout.jsonl, blind.jsonl): about two thirds
 * ordinary coverage (wire copy, live blogs, explainers, opinion, captions, TV transcripts) and one
 * third hard cases (ids x001-x026 and a few others: namesakes such as Lalit, Nirav and Girish Chandra
 * Murmu, Dmitry Belousov; the trade commission; earlier visits and summits; other leaders' visits to
 * India; other wars; headlines in capitals; curly possessives; spelling variants). Same labelling
 * rules as the dev corpus (tests/corpus/README.md) and the decisions of blind-accuracy.test.ts;
 * scored by corpus-score.ts. Prints the scores and every miss and false hit.
 *
 *   npx vitest run tests/accuracy/blind2-accuracy.test.ts
 *
 * Decisions taken here: a bare "the visit" or "the summit" is not labelled, but "the annual summit"
 * beside Putin and "Putin's two-day trip" are the event; the short commission names ("the
 * Inter-Governmental Commission", "the military-technical commission", "अंतर-सरकारी आयोग") are the
 * commission when the passage is about it; "full-scale invasion" is the war.
 *
 * The honest figures, measured once before any fix made against this set (engine and pack of commit
 * aa3ca24): people P 1.000 (122/122), R 0.992 (122/123); events P 0.976 (40/41), R 0.851 (40/47).
 * Wrong hits then: none for people; events: "भारत यात्रा" in "पुतिन की 2021 की भारत यात्रा" (x021,
 * the 2021 visit taken for this one). Misses: people "Моди" in "Мнение | Почему Моди не осудил"
 * (r016, after a headline rubric and a sentence-starting word); events: "the annual summit" beside
 * Putin (c013), "the Inter-Governmental Commission" (c015), "the military-technical commission"
 * (c022), "अंतर-सरकारी आयोग" (h012), "full-scale invasion" (c027), "visita di Stato di due giorni in
 * India" (i001), "visita del leader del Cremlino in India" (i011).
 * Fixes they led to (general ones only): short commission names ("Inter-Governmental Commission",
 * "military-technical commission", "अंतर-सरकारी आयोग", "межправкомиссия", "commissione
 * intergovernativa") became context aliases counted only beside a mention of Belousov, with the
 * trade commission (IRIGC-TEC) as an exclusion; "visita di due giorni in India" joined the visit's
 * context aliases; the visit named "leader del Cremlino" joined the Italian title aliases; a Hindi
 * India visit with a year before it ("2021 की भारत यात्रा") is an earlier visit; Russian and Italian
 * question words and sentence adverbs ("Почему", "Perché") are not given names. After them, fitted
 * to this set and so optimistic: people P 1.000 (123/123), R 1.000 (123/123); events P 1.000
 * (45/45), R 0.957 (45/47). Left alone: "the annual summit" beside Putin (c013; as context alias it
 * took "the annual summit talks" of 2024 and "the India-Japan Annual Summit" in the other sets, so
 * it stays a miss like b006 of the blind set) and "full-scale invasion" (c027; it can name any
 * invasion).
 */
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { CORPUS_DIR, itScoresSet } from './corpus-score';

const BLIND2 = resolve(CORPUS_DIR, 'blind2.jsonl');

/** Just under the figures after the fixes, so one more miss or wrong hit in a group fails. */
const BARS = { people: { p: 0.995, r: 0.995 }, events: { p: 0.98, r: 0.95 } };

/** Wrong people the engine cannot yet tell apart, with why; none on this set, so any wrong person fails. */
const KNOWN_WRONG_PEOPLE: string[] = [];

describe('accuracy on the second blind set', () => {
  itScoresSet('meets its bars', 'blind2 set', BLIND2, BARS, KNOWN_WRONG_PEOPLE);
});

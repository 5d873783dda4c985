/**
 * Finds the people, organisations, places and events of an article from its tagged sentences.
 * Heuristics over runs of Capitalised words (names) and repeated noun phrases (events); compromise's
 * tags (Person, Place, Organization, Demonym…) are evidence, not the verdict, because its people
 * finder misses unfamiliar names ("Droupadi Murmu") and keeps titles ("Minister Andrei").
 */
import type { EntityKind } from '../pack/schema';
import { knownWord, type Token } from './tag-sentences';
import {
  affiliated, appositive, creditBefore, describedAfter, doerOf, jobBefore, listedAfterPerson, modifiesNoun, ownedByPlace, titleBefore,
  type Run,
} from './person-evidence';
import {
  fitsName, isAcronym, isDateOrNumber, isDemonym, isListedTitle, isNameWord, isOrgTagged, isPersonTagged, isPlaceTagged, isRegnal,
  isNameSuffix, isTitle, isTitleWord, mayBeGivenName, namesOnly,
} from './token-kinds';
import {
  ATTACHED_ARTICLE, COMMON_WORDS, EVENT_NOUNS, EVENT_PREPOSITIONS, GENERIC_MODIFIERS, HONORIFICS, NAME_PARTICLES, NOT_PERSON_FIRST,
  NOT_PERSON_LAST, ORG_WORDS, PLACE_PREPOSITIONS, POST_NOMINALS, SPEECH_VERBS, TITLE_MODIFIERS, TITLE_WORDS,
} from './word-lists';

export interface EntityCandidate {
  kind: EntityKind;
  /** Display name, words as written in the article. */
  name: string;
  /** Title seen before the name in the article ("Russian President"), people only. */
  role?: string;
  /** Phrases naming it, as written in the article (not yet alias-escaped). */
  names: string[];
}

const DIRECTIONS = new Set(['western', 'eastern', 'northern', 'southern', 'central']);
const COMPASS = new Set(['west', 'east', 'north', 'south', 'midwest']);

/** Runs of Capitalised words with nothing but spaces between them. */
function capitalisedRuns(tokens: Token[], sentence: number): Run[] {
  const runs: Run[] = [];
  let current: Token[] = [];
  let first = 0;
  const flush = () => {
    if (current.length) runs.push({ sentence, tokens: current, first, context: tokens });
    current = [];
  };
  tokens.forEach((token, i) => {
    // A nickname in quotes inside a name is left out of it (tag-sentences.ts).
    if (token.nickname && current.length > 0) return;
    const joinsOf =
      // "Ministry of Defence", "Bank of England": a lower-case "of" between Capitalised words.
      ((token.lower === 'of' || token.lower === 'for') && current.length > 0 && !current.at(-1)!.breakAfter &&
        ORG_WORDS.has(current.at(-1)!.lower) && tokens[i + 1]?.capitalised === true) ||
      // "Chancellor of the Exchequer Rachel Reeves": a title's "of the" ("the" then joins too).
      (token.lower === 'of' && current.length > 0 && !current.at(-1)!.breakAfter && isListedTitle(current.at(-1)!) &&
        tokens[i + 1]?.lower === 'the' && !tokens[i + 1]!.breakAfter && tokens[i + 2]?.capitalised === true) ||
      // "Inspector General of Police Chowdhury Abdullah Al-Mamun", "Secretary of State Marco Rubio": a
      // title's "of" before an institution or another title word.
      (token.lower === 'of' && current.length > 0 && !current.at(-1)!.breakAfter && isListedTitle(current.at(-1)!) &&
        tokens[i + 1]?.capitalised === true && (ORG_WORDS.has(tokens[i + 1]!.lower) || TITLE_WORDS.has(tokens[i + 1]!.lower))) ||
      (token.lower === 'the' && current.at(-1)?.lower === 'of' && tokens[i + 1]?.capitalised === true);
    // "Osama bin Laden", "Omar Hassan al-Bashir": a lower-case particle or attached article inside a name.
    const inName =
      current.length > 0 && !current.at(-1)!.breakAfter &&
      ((NAME_PARTICLES.has(token.bare) && !token.breakAfter && capitalisedAfterParticles(tokens, i + 1)) || ATTACHED_ARTICLE.test(token.bare));
    if (token.capitalised || joinsOf || inName) {
      if (!current.length) first = i;
      current.push(token);
      if (token.breakAfter) flush();
    } else flush();
  });
  flush();
  return runs;
}

/** Is tokens[i], after any more lower-case particles ("van der Poel", "de la Fuente"), capitalised? */
function capitalisedAfterParticles(tokens: readonly Token[], i: number): boolean {
  while (tokens[i] && NAME_PARTICLES.has(tokens[i]!.bare) && !tokens[i]!.breakAfter) i++;
  return tokens[i]?.capitalised === true;
}

/** Drops what makes a run start: a sentence-opening ordinary word ("However", "The", "Meetings"). */
function trimRun(run: Run): Run {
  let { tokens, first } = run;
  while (tokens.length) {
    const head = tokens[0]!;
    // At a sentence start only a word compromise knows as a proper noun (or a title) keeps its capital's meaning.
    // "Northern" alone is no name, but "Northern Rail Authority" is.
    // "Van der Poel", "De Jong" opening a sentence: the particle is the name's.
    const partOfName = (DIRECTIONS.has(head.lower) && tokens.length > 1 && first > 0) || (NAME_PARTICLES.has(head.lower) && tokens.length > 1);
    const ordinary = (COMMON_WORDS.has(head.lower) && !partOfName) || isDateOrNumber(head) || /^\p{L}+-year-old$|-born$/iu.test(head.bare) ||
      (first === 0 && !partOfName && !head.tags.has('ProperNoun') && !isListedTitle(head) && !(isTitle(head) && tokens.slice(1).some(isPersonTagged)) && !head.tags.has('Demonym') &&
        // A word no lexicon knows, opening a run of names ("Hossam Badran, a member…"), is a given name.
        !(tokens.length > 1 && !knownWord(head) && !head.tags.has('Plural') && isNameWord(head) && /\p{Ll}/u.test(head.bare)));
    if (!ordinary) break;
    tokens = tokens.slice(1);
    first++;
  }
  // Trailing dates and numbers ("Putin on Monday" never joins, but "Summit 2024" might); not a
  // surname the tagger reads as one after a given name ("Elizabeth May", "Theresa May").
  const surnameAfterGiven = (toks: readonly Token[]) => toks.length >= 2 && isPersonTagged(toks.at(-1)!) && toks.at(-2)!.tags.has('FirstName') && !/\d/u.test(toks.at(-1)!.bare);
  while (tokens.length && (isDateOrNumber(tokens.at(-1)!) || COMMON_WORDS.has(tokens.at(-1)!.lower)) && !surnameAfterGiven(tokens)) tokens = tokens.slice(0, -1);
  return { ...run, tokens, first };
}

const joinWords = (tokens: readonly Token[]) => tokens.map((t) => t.bare).join(' ');

interface PersonSighting {
  words: Token[];
  role?: string;
  evidence: boolean;
}

export interface FoundEntities {
  candidates: EntityCandidate[];
  /** Names considered and refused, with why (for diagnostics). */
  refused: { name: string; reason: string }[];
}

export function findEntities(tagged: readonly Token[][]): FoundEntities {
  const refused: FoundEntities['refused'] = [];
  const people: PersonSighting[] = [];
  const orgs = new Map<string, EntityCandidate>();
  const places = new Map<string, EntityCandidate>();
  const leftovers: Run[] = [];

  tagged.forEach((tokens, s) => {
    for (const raw of capitalisedRuns(tokens, s)) {
      let run = trimRun(raw);
      // "Diana Piekusis KC", "Jane Roe QC": letters only a person carries after a name.
      // "Jr" and "Sr" stay part of the name; the rest are titles after it.
      const postNominal = run.tokens.length >= 3 && POST_NOMINALS.has(run.tokens.at(-1)!.bare);
      if (postNominal && !isNameSuffix(run.tokens.at(-1)!)) run = { ...run, tokens: run.tokens.slice(0, -1) };
      if (!run.tokens.length) continue;
      const words = run.tokens;
      const last = words.at(-1)!;
      const before = run.context[run.first - 1];
      const after = run.context[run.first + words.length];

      // Organisations: a name ending in an organisation word, an acronym or compromise's Organization tag.
      if (ORG_WORDS.has(last.lower) || words.every(isOrgTagged)) {
        const nameWords = words.filter((w, i) => i > 0 || !COMMON_WORDS.has(w.lower) || DIRECTIONS.has(w.lower));
        if (nameWords.some((w) => !isDemonym(w) && !ORG_WORDS.has(w.lower) || isAcronym(w)) || nameWords.length === 1 && ORG_WORDS.has(last.lower) && before?.lower === 'the') {
          addName(orgs, 'organization', joinWords(nameWords));
          continue;
        }
      }

      // Split a title off the front: "Russian Defense Minister | Andrei Belousov".
      let split = 0;
      // A job word (not a listed title) is split off only before a name compromise knows as a person's
      // ("Writer Marcia Dunn", not "User Agreement").
      const personAfter = (at: number) => words.slice(at + 1).some(isPersonTagged);
      // "Inspector General of Police", "Chancellor of the Exchequer": the title's "of" and what it is of.
      const titleOf = (at: number) =>
        at > 0 && isListedTitle(words[0]!) &&
        (words[at]!.lower === 'of' || (words[at]!.lower === 'the' && words[at - 1]!.lower === 'of') || ((words[at - 1]!.lower === 'of' || words[at - 1]!.lower === 'the') && ORG_WORDS.has(words[at]!.lower)));
      while (
        split < words.length &&
        (isListedTitle(words[split]!) || (isTitle(words[split]!) && personAfter(split)) || (isDemonym(words[split]!) && split < words.length - 1) || titleOf(split))
      ) {
        split++;
      }
      // A title inside the run splits it too, with what comes before it for the role: "Nvidia Chief
      // Executive | Jensen Huang", "Republican Senator | Tom Cotton", "Intel CEO | Lip-Bu Tan". What
      // follows must read as a full name: two words at least, the first a given name or no ordinary
      // word ("General | Public License", "CEO | Sparks Controversy After Prop" are not).
      for (let k = words.length - 3; k >= split; k--) {
        if (isListedTitle(words[k]!) && !HONORIFICS.has(words[k]!.lower) && mayBeGivenName(words[k + 1]!) && !words.slice(k + 1).some((w) => COMMON_WORDS.has(w.lower))) {
          split = k + 1;
          break;
        }
      }
      const prefix = words.slice(0, split);
      const name = words.slice(split);
      // A title that names an office or a rank, not one that only qualifies it ("Foreign" alone).
      const titled = prefix.some((w) => isListedTitle(w) && !HONORIFICS.has(w.lower) && !TITLE_MODIFIERS.has(w.lower)) || prefix.some((w) => HONORIFICS.has(w.lower));
      // A title or a job directly before the run, written in lower case ("defence minister Andrei
      // Belousov", "the rapper Stormzy"), unless the run is a modifier of the noun after it ("a
      // former Treasury official").
      const lowerTitle =
        (before && !before.breakAfter && !before.capitalised && (isListedTitle(before) || jobBefore(run, name.length)) && !modifiesNoun(run)) ||
        appositive(run, name);

      if (!name.length) {
        if (words.length && !prefix.every((w) => isTitle(w) || isDemonym(w))) refused.push({ name: joinWords(words), reason: 'a title or adjective, not a name' });
        continue;
      }
      // "Dan Goodin Dan": a byline run into the next one, not a name.
      if (new Set(name.map((w) => w.bare)).size < name.length) {
        refused.push({ name: joinWords(words), reason: 'repeats a word' });
        continue;
      }
      // A nationality alone ("the first former Brazilian president"), an institution or a place
      // ("Fundação Getulio Vargas", "Santa Clara") is no one's name.
      if ((name.length === 1 && isDemonym(name[0]!)) || NOT_PERSON_FIRST.has(name[0]!.lower) || NOT_PERSON_LAST.has(name.at(-1)!.lower)) {
        leftovers.push({ ...run, tokens: name, first: run.first + split });
        continue;
      }
      // All-caps words ("US", "NATO") are places and organisations, not people.
      if (name.some((w, i) => (isRegnal(w) ? i === 0 || i < name.length - 1 : !fitsName(w, i, name.length)))) {
        leftovers.push({ ...run, tokens: name, first: run.first + split });
        continue;
      }
      const personTags = name.some(isPersonTagged) && !name.some((w) => isPlaceTagged(w) || isOrgTagged(w));
      // "Lula said", "her lawyer, Rodolphe Bosselut, told"; not "…at Everbright Securities in Hong
      // Kong, said", where the place ends a description of someone else.
      const speaker = after !== undefined && SPEECH_VERBS.has(after.lower) && (!words.at(-1)!.breakAfter || before?.breakAfter === true);
      const described =
        name.length >= 2 && !name.some((w) => isPlaceTagged(w) || isOrgTagged(w)) &&
        (describedAfter(run, words.length) || creditBefore(run) || affiliated(run, name) || ownedByPlace(run, name) || doerOf(run, name));
      // "the Sean John clothing line", "the Daniel Patrick Moynihan courthouse": after an article, a
      // name that modifies the noun after it names a thing, unless a title says whose it is. ("Kim
      // Bellware article", "the record Jacob Stockdale set": no article, or compromise's noun is a verb.)
      const article = before?.lower === 'the' || before?.lower === 'a' || before?.lower === 'an';
      if (!titled && !lowerTitle && article && modifiesNoun(run)) {
        leftovers.push({ ...run, tokens: name, first: run.first + split });
        continue;
      }
      // "Tamim bin Hamad Al Thani": particles make a name longer.
      const maxWords = name.some((w) => NAME_PARTICLES.has(w.bare)) ? 6 : 4;
      // "the Christian Democrats": a plural of a common noun ends no one's name.
      const pluralNoun = knownWord(name.at(-1)!) && name.at(-1)!.tags.has('Plural') && !isPersonTagged(name.at(-1)!);
      if (name.length <= maxWords && !pluralNoun && (titled || lowerTitle || (name.length >= 2 && (personTags || speaker || described || postNominal)))) {
        const roleWords = [...(lowerTitle ? titleBefore(run) : []), ...prefix].filter((w) => !HONORIFICS.has(w.lower));
        const role = roleWords.some(isTitle) ? joinWords(roleWords) : undefined;
        people.push({ words: name, role, evidence: true });
        continue;
      }
      leftovers.push({ ...run, tokens: name, first: run.first + split });
    }
  });

  // "Mathieu van der Poel won…" says nothing of a person, but "Van der Poel, who rode…" did: a
  // full name ending in the surname of someone already found is theirs.
  const surnames = new Set(people.map((p) => surnameOf(p.words).surname));
  // "bandmates Tony Iommi, Geezer Butler and Bill Ward": a full name listed right after a person's.
  const personEnds = new Set(people.map((p) => p.words.at(-1)!));
  const rest: Run[] = [];
  for (const run of leftovers) {
    const words = run.tokens;
    const nameShaped =
      words.length >= 2 && words.length <= 4 && words.every((w, i) => fitsName(w, i, words.length)) &&
      !words.some((w) => isPlaceTagged(w) || isOrgTagged(w) || ORG_WORDS.has(w.lower) || isDemonym(w)) && !NOT_PERSON_FIRST.has(words[0]!.lower);
    const fullName = nameShaped && surnames.has(surnameOf(words).surname) && !knownWord(words[0]!);
    const listed = nameShaped && namesOnly(words) && listedAfterPerson(run, personEnds);
    if (fullName || listed) {
      people.push({ words, evidence: true });
      personEnds.add(words.at(-1)!);
    } else rest.push(run);
  }
  const persons = mergePeople(people);
  sortLeftovers(rest, persons, { orgs, places, refused });

  const events = findEvents(tagged, new Set(persons.flatMap((p) => p.names)));
  // A place that is also an organisation's or event's whole name is the organisation or event.
  const taken = new Set([...orgs.keys()].map((k) => k.toLowerCase()));
  const placeList = [...places.values()].filter((p) => !taken.has(p.name.toLowerCase()));
  return { candidates: [...persons, ...orgs.values(), ...placeList, ...events], refused };
}

/**
 * The capitalised runs that were not people: parts of people's names are dropped; the rest become
 * places (tagged so, or after "in"/"to"… mid-sentence, or "the West"), organisations ("the
 * Kremlin": a proper noun with "the") or are refused with why.
 */
function sortLeftovers(
  leftovers: readonly Run[],
  persons: readonly EntityCandidate[],
  into: { orgs: Map<string, EntityCandidate>; places: Map<string, EntityCandidate>; refused: FoundEntities['refused'] },
): void {
  const { orgs, places, refused } = into;
  const surnames = new Set(persons.map((p) => p.names.at(-1)!));
  for (const run of leftovers) {
    const words = run.tokens;
    const text = joinWords(words);
    if (words.length === 1 && surnames.has(words[0]!.bare)) continue;
    if (words.every((w) => persons.some((p) => p.names.includes(w.bare)) || surnames.has(w.bare))) continue;
    const before = run.context[run.first - 1];
    const placeWords = words.filter((w) => w.capitalised);
    if (words.length === 1 && isDemonym(words[0]!)) {
      refused.push({ name: text, reason: 'an adjective of nationality' });
    } else if (placeWords.every(isPlaceTagged)) {
      addName(places, 'place', text);
    } else if (before && PLACE_PREPOSITIONS.has(before.lower) && !before.breakAfter && run.first > 0 && !words.some(isPersonTagged) && words.every(isNameWord) && words.length <= 3) {
      addName(places, 'place', text);
    } else if (before?.lower === 'the' && words.length === 1 && COMPASS.has(words[0]!.lower)) {
      // "the West", "the Middle East" are places in news prose, not organisations.
      addName(places, 'place', text);
    } else if (before?.lower === 'the' && words.length <= 3 && !modifiesNoun(run) && words.every((w) => w.tags.has('ProperNoun') && !knownWord(w)) && !words.some(isPersonTagged) && !words.some(isDemonym)) {
      // "the Kremlin", "the Pentagon": a proper noun used with "the" names an institution.
      addName(orgs, 'organization', text);
    } else {
      refused.push({ name: text, reason: 'not clearly a person, organisation or place' });
    }
  }
}

function addName(map: Map<string, EntityCandidate>, kind: EntityKind, name: string): void {
  if (!name || COMMON_WORDS.has(name.toLowerCase()) || GENERIC_MODIFIERS.has(name.toLowerCase())) return;
  if (!map.has(name)) map.set(name, { kind, name, names: [name] });
}

/**
 * One person per surname: "Vladimir Putin" and "President Putin" are one entity with the aliases
 * full name + surname. Two full names sharing a surname stay apart and get no bare-surname alias.
 */
function mergePeople(sightings: readonly PersonSighting[]): EntityCandidate[] {
  const bySurname = new Map<string, { fulls: Map<string, number>; roles: string[]; single: boolean; alias: string }>();
  const fresh = (alias: string) => ({ fulls: new Map<string, number>(), roles: [] as string[], single: false, alias });
  // "Van Dijk" opening a sentence is the surname of "Virgil van Dijk", not another full name: words
  // that could all be particles, which a longer name in the article ends with ("Ben Stokes", where
  // no longer name ends so, is a full name).
  const lowered = sightings.map((s) => s.words.map((w) => w.lower));
  const isSurnameOnly = (i: number) => {
    const words = lowered[i]!;
    if (words.length < 2 || !words.slice(0, -1).every((w) => NAME_PARTICLES.has(w))) return false;
    const tail = ` ${words.join(' ')}`;
    return lowered.some((other) => other.length > words.length && ` ${other.join(' ')}`.endsWith(tail));
  };
  sightings.forEach((s, i) => {
    const surnameOnly = isSurnameOnly(i);
    const { surname, alias } = surnameOf(s.words, surnameOnly);
    const entry = bySurname.get(surname) ?? fresh(alias);
    if (s.words.length >= 2 && !surnameOnly) {
      const full = joinWords(s.words);
      entry.fulls.set(full, (entry.fulls.get(full) ?? 0) + 1);
    } else entry.single = true;
    if (s.role) entry.roles.push(s.role);
    bySurname.set(surname, entry);
  });
  // "Te Kaurinui Robert" is "Te Kaurinui Robert Parata" cut short: fold a full name into a longer one it begins.
  const allFulls = [...bySurname.values()].flatMap((e) => [...e.fulls.keys()]);
  for (const [surname, entry] of [...bySurname]) {
    for (const full of [...entry.fulls.keys()]) {
      const longer = allFulls.find((other) => other !== full && other.startsWith(`${full} `));
      if (!longer) continue;
      entry.fulls.delete(full);
      if (!entry.fulls.size && !entry.single) bySurname.delete(surname);
    }
  }
  const people: EntityCandidate[] = [];
  for (const [surname, entry] of bySurname) {
    // "Vladimir Putin" and "Vladimir Vladimirovich Putin" are one person; the longer form names it.
    const fulls = [...entry.fulls.keys()].sort((a, b) => b.length - a.length);
    const groups: string[][] = [];
    for (const full of fulls) {
      const firstWord = full.split(' ')[0];
      // "Peter Mutharika" is "Arthur Peter Mutharika" without his first given name (one word more,
      // and no ordinary word: "Exchequer Rachel Reeves" is a title run into a name).
      const group = groups.find((g) => g[0]!.split(' ')[0] === firstWord || extraGivenName(g[0]!, full));
      if (group) group.push(full);
      else groups.push([full]);
    }
    const role = mostCommon(entry.roles);
    if (!groups.length) {
      people.push({ kind: 'person', name: entry.alias, names: [entry.alias], ...(role ? { role } : {}) });
      continue;
    }
    for (const group of groups) {
      const names = [...group];
      if (groups.length === 1 && !names.includes(entry.alias)) names.push(entry.alias);
      people.push({ kind: 'person', name: group[0]!, names, ...(role && groups.length === 1 ? { role } : {}) });
    }
  }
  return people;
}

/** Is `longer` the name `full` with one more given name before it ("Arthur" + "Peter Mutharika")? */
function extraGivenName(longer: string, full: string): boolean {
  if (!longer.endsWith(` ${full}`)) return false;
  const extra = longer.slice(0, -full.length - 1);
  return !extra.includes(' ') && !knownWord({ lower: extra.toLowerCase() }) && !isTitleWord(extra.toLowerCase());
}

/**
 * The surname a person is merged under and the short name the article may call them by: the last
 * word, without an attached article ("al-Bashir" is "Mr. Bashir" too), with the particles before
 * it ("Osama bin Laden" is "bin Laden", "Charles de Gaulle" is "de Gaulle").
 */
function surnameOf(words: readonly Token[], surnameOnly = false): { surname: string; alias: string } {
  const last = words.at(-1)!.bare;
  const surname = ATTACHED_ARTICLE.test(last) ? last.slice(last.indexOf('-') + 1) : last;
  // A full name keeps its first word as a given name ("Ben Stokes" is "Stokes"; "Marine Le Pen" is
  // "Le Pen"); a surname said alone ("Le Pen", "Van der Poel") is its alias whole.
  if (surnameOnly) return { surname, alias: joinWords(words) };
  let from = words.length - 1;
  while (from > 1 && NAME_PARTICLES.has(words[from - 1]!.lower)) from--;
  return { surname, alias: from < words.length - 1 ? joinWords(words.slice(from)) : surname };
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Longest among the most frequent: "Russian President" over "President".
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

/** The longest a phrase after an event noun may be ("of Russian President Vladimir Putin to India"). */
const MAX_EVENT_TAIL = 7;
const MAX_EVENT_HEAD = 3;

interface EventOccurrence {
  sentence: number;
  /** Phrases this occurrence offers, shortest first, lower-case key → text as written. */
  phrases: { key: string; text: string; proper: boolean }[];
}

/**
 * Events are noun phrases around an event noun that the article repeats ("war in Ukraine" four
 * times, "intergovernmental commission" twice) or that name who and where ("visit of Russian
 * President Vladimir Putin to India") when the article returns to the event noun.
 */
function findEvents(tagged: readonly Token[][], personWords: ReadonlySet<string>): EntityCandidate[] {
  const occurrences: EventOccurrence[] = [];
  const headCounts = new Map<string, number>();
  tagged.forEach((tokens, s) => {
    tokens.forEach((token, i) => {
      if (!EVENT_NOUNS.has(token.lower)) return;
      headCounts.set(token.lower, (headCounts.get(token.lower) ?? 0) + 1);
      // Modifiers before the noun: adjectives and proper nouns, no determiners or generic adjectives.
      let from = i;
      while (from > 0 && i - from < MAX_EVENT_HEAD) {
        const prev = tokens[from - 1]!;
        if (prev.breakAfter && !prev.possessive) break;
        if (GENERIC_MODIFIERS.has(prev.lower) || COMMON_WORDS.has(prev.lower) && !prev.capitalised || isDateOrNumber(prev)) break;
        if (!(prev.tags.has('Adjective') || prev.tags.has('Noun') || prev.tags.has('ProperNoun'))) break;
        if (prev.tags.has('Pronoun') || prev.tags.has('Determiner')) break;
        from--;
      }
      // A tail: preposition + nouns/adjectives/names, ending on a noun.
      const tails: number[] = [i];
      if (!token.breakAfter && EVENT_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '')) {
        for (let j = i + 1; j < tokens.length && j - i <= MAX_EVENT_TAIL; j++) {
          const t = tokens[j]!;
          const ok = j === i + 1 || EVENT_PREPOSITIONS.has(t.lower) || t.lower === 'and' ||
            t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('ProperNoun');
          if (!ok || t.tags.has('Determiner') || t.tags.has('Pronoun') || isDateOrNumber(t)) break;
          const endsOnNoun = j > i + 1 && (t.tags.has('Noun') || t.tags.has('ProperNoun')) && !EVENT_PREPOSITIONS.has(t.lower) && t.lower !== 'and';
          if (endsOnNoun && (t.breakAfter || !continuesPhrase(tokens, j + 1))) tails.push(j);
          if (t.breakAfter) break;
        }
      }
      const phrases: EventOccurrence['phrases'] = [];
      for (let a = i; a >= from; a--) {
        for (const b of tails) {
          const words = tokens.slice(a, b + 1);
          if (words.length < 2) continue;
          // Keep names whole: never cut "Vladimir Putin" to "Vladimir".
          const text = words.map((w) => w.text).join(' ').replace(/['’]s$/u, '');
          const proper = words.some((w) => w.capitalised && (isPlaceTagged(w) || personWords.has(w.bare) || isDemonym(w)));
          phrases.push({ key: text.toLowerCase(), text, proper });
        }
      }
      if (phrases.length) occurrences.push({ sentence: s, phrases });
    });
  });

  const counts = new Map<string, number>();
  for (const occ of occurrences) for (const key of new Set(occ.phrases.map((p) => p.key))) counts.set(key, (counts.get(key) ?? 0) + 1);

  // Keep per occurrence the phrases that are repeated, or named and about a repeated event noun.
  const groups: { keys: Set<string>; texts: Map<string, string> }[] = [];
  for (const occ of occurrences) {
    const head = occ.phrases[0]!.key.split(' ');
    const kept = occ.phrases.filter((p) => {
      const headWord = p.key.split(' ').find((w) => EVENT_NOUNS.has(w)) ?? head[0]!;
      return (counts.get(p.key) ?? 0) >= 2 || p.proper && (headCounts.get(headWord) ?? 0) >= 2;
    });
    if (!kept.length) continue;
    const group = groups.find((g) => kept.some((p) => g.keys.has(p.key)));
    const target = group ?? { keys: new Set<string>(), texts: new Map<string, string>() };
    for (const p of kept) {
      target.keys.add(p.key);
      if (!target.texts.has(p.key)) target.texts.set(p.key, p.text);
    }
    if (!group) groups.push(target);
  }
  return groups.map((g) => {
    const texts = [...g.texts.values()];
    // Drop phrases a longer kept phrase contains with no more sightings of its own.
    const useful = texts.filter((t) => !texts.some((o) => o !== t && o.toLowerCase().includes(t.toLowerCase()) && counts.get(o.toLowerCase()) === counts.get(t.toLowerCase())));
    const name = [...useful].sort((a, b) => b.length - a.length)[0]!;
    return { kind: 'event' as const, name, names: useful.sort((a, b) => (counts.get(b.toLowerCase()) ?? 0) - (counts.get(a.toLowerCase()) ?? 0)) };
  });
}

/**
 * Whether the phrase goes on at `at`, so it must not end before it: a name continues ("Vladimir" →
 * "Putin"), or a list of names does ("Murmu and Prime Minister Narendra Modi").
 */
function continuesPhrase(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (!next) return false;
  if (next.capitalised && isNameWord(next)) return true;
  return (next.lower === 'and' || next.lower === 'or') && tokens[at + 1]?.capitalised === true;
}

/**
 * Event frames: an event described rather than named. A frame's trigger ("visit", "саммит",
 * "यात्रा") is a mention of its event when, in the trigger's window (sentence or clause), every
 * group of the frame is present — a mention of one of the group's entities or one of its phrases —
 * and nothing in the trigger's clause says it is another event: an `against` phrase, a year or an
 * ordinal the frame does not allow, or a possessor outside the frame's first group ("Modi's visit",
 * "मोदी की रूस यात्रा"). Evidence against wins over evidence for.
 *
 * The frame's phrases are ordinary trie phrases whose terminals carry a piece code (`pieceCode`),
 * so the scanner finds them in the same pass as names; `frameMentions` runs only for a block with
 * a trigger in it, after the names are settled.
 */
import type { Terminal } from './build-index';
import { DASH, SPACE, WORD, charClass } from './char-class';
import type { EventFrame, IndexedEntity, Mention } from './types';

/** A frame as the index keeps it; its phrases are in the trie, tagged with piece codes. */
export interface FrameRule {
  /** The event entity, by index. */
  entity: number;
  /** Per group of `with`: the entity ids that satisfy it (its phrases are pieces in the trie). */
  groups: string[][];
  years: number[];
  ordinals: number[];
  /** The groups are looked for in the trigger's clause rather than its sentence. */
  clause: boolean;
}

/** Roles of a frame's phrases: a trigger, evidence against, or an item of group `role - GROUP`. */
export const TRIGGER = 0;
export const AGAINST = 1;
export const GROUP = 2;
/** At most this many groups per frame (the pack format's limit). */
export const MAX_GROUPS = 8;

/** A terminal's piece code: -1 for a name's phrase, else the frame and the phrase's role in it. */
export function pieceCode(frame: number, role: number): number {
  return frame * 16 + role;
}

const frameOf = (code: number) => code >> 4;
/** A piece code's role: `TRIGGER`, `AGAINST`, or `GROUP` + the group. */
export const roleOf = (code: number) => code & 15;

/** The rule of a pack frame of entity `entity`. */
export function frameRule(frame: EventFrame, entity: number): FrameRule {
  return {
    entity,
    groups: frame.with.map((g) => [...(g.entities ?? [])]),
    years: [...(frame.when?.years ?? [])],
    ordinals: [...(frame.when?.ordinals ?? [])],
    clause: frame.window === 'clause',
  };
}

/** A frame's phrase found in the text. */
export interface Piece {
  start: number;
  end: number;
  t: Terminal;
}

/** The frames' group and against phrases in text[from, to) (a scan of the index's `context`). */
export type ContextScan = (from: number, to: number) => Piece[];

/**
 * The mentions of `text` once the frames have had their say: `found` (names, and events named by
 * their aliases) less the events dated to another edition right where they are named ("the 22nd
 * India-Russia summit" when the frames allow only the 23rd), plus the events the frames make of
 * `pieces` (the frames' triggers and first groups' phrases the scan found). The other groups' and
 * the against phrases are read with `contextIn`, only in the sentences of the triggers that can
 * fire and before event mentions. Aliases win over a frame where they overlap. Sorted by start,
 * longer first on ties.
 */
export function applyFrames(text: string, pieces: readonly Piece[], found: Mention[], rules: readonly FrameRule[], entities: readonly IndexedEntity[], contextIn: ContextScan): Mention[] {
  let kept: Mention[] | null = null;
  for (const m of found) {
    if (m.kind === 'person') continue;
    const when = whenOf(rules, entities, m.entityId);
    const dated = when !== null && otherEdition(text, m.start, m.end, when, [[m.start, m.end]]);
    if (dated || againstRightBefore(text, m, contextIn, rules, entities)) (kept ??= found.slice()).splice(kept.indexOf(m), 1);
  }
  const names = kept ?? found;
  // A frame whose first group has no item in the block cannot fire: its triggers are not judged,
  // and the text around them is not read.
  const live = new Set<number>();
  for (const p of pieces) if (roleOf(p.t.frame) === GROUP) live.add(frameOf(p.t.frame));
  rules.forEach((r, f) => {
    if (!live.has(f) && names.some((m) => r.groups[0]?.includes(m.entityId))) live.add(f);
  });
  const judged = pieces.filter((p) => roleOf(p.t.frame) === TRIGGER && live.has(frameOf(p.t.frame))).sort((a, b) => a.start - b.start || b.end - a.end);
  if (judged.length === 0) return names;
  const { hopeful, context } = contextAround(text, judged, pieces, names, rules, contextIn);
  const all = pieces.concat(context);
  const out: Mention[] = [];
  // A longer trigger judged against ("annual summit" of last year) takes its shorter ones down too.
  const refused: Piece[] = [];
  for (const trigger of judged) {
    const rule = rules[frameOf(trigger.t.frame)];
    if (!rule || overlapsAny(found, trigger, true) || overlapsAny(out, trigger, false) || overlapsAny(refused, trigger, false)) continue;
    const mention = hopeful.has(trigger) ? judge(text, trigger, all, names, rules, frameOf(trigger.t.frame), entities[rule.entity]!) : null;
    if (mention) out.push(mention);
    else refused.push(trigger);
  }
  if (out.length === 0) return names;
  return names.concat(out).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Which of `triggers` (in reading order) can be the event, and the context phrases their judgement
 * reads. A trigger can be the event only with an item of its frame's first group in its window (its
 * sentence, and the sentence before when a demonstrative stands before it: "This visit") or an
 * ordinal of this edition right before it (`judge`); only such triggers' windows are read, each
 * stretch once.
 */
function contextAround(text: string, triggers: readonly Piece[], pieces: readonly Piece[], names: readonly Mention[], rules: readonly FrameRule[], contextIn: ContextScan): { hopeful: Set<Piece>; context: Piece[] } {
  const hopeful = new Set<Piece>();
  const context: Piece[] = [];
  let from = -1;
  let to = -1;
  for (const trigger of triggers) {
    const frame = frameOf(trigger.t.frame);
    const rule = rules[frame]!;
    let [ws, we] = sentenceAround(text, trigger.start, trigger.end);
    const ss = ws;
    if (ws > 0 && pointerBefore(text, ws, trigger.start, DEMONSTRATIVES)) ws = sentenceAround(text, ws - 1, ws - 1)[0];
    if (!firstGroupIn(pieces, names, rule, frame, ws, we) && !allowedOrdinalBefore(text, ss, trigger.start, rule.ordinals)) {
      // The frame can fire in this block (its first group is in it): a trigger after a definite
      // article reads the whole block.
      if (!pointsAcrossBlock(text, ss, trigger.start, rule)) continue;
      [ws, we] = [0, text.length];
    }
    hopeful.add(trigger);
    if (ws <= to) {
      from = Math.min(from, ws);
      to = Math.max(to, we);
      continue;
    }
    if (to > from) context.push(...contextIn(from, to));
    [from, to] = [ws, we];
  }
  if (to > from) context.push(...contextIn(from, to));
  return { hopeful, context };
}

/** Is there an item of the frame's first group in [from, to): a phrase of it, or a mention of one of its entities? */
function firstGroupIn(pieces: readonly Piece[], names: readonly Mention[], rule: FrameRule, frame: number, from: number, to: number): boolean {
  const code = pieceCode(frame, GROUP);
  for (const p of pieces) if (p.t.frame === code && p.start >= from && p.end <= to) return true;
  const ids = rule.groups[0];
  if (ids) for (const m of names) if (m.start >= from && m.end <= to && ids.includes(m.entityId)) return true;
  return false;
}

/** An against phrase of the entity's frames right before its mention: "L'ultima visita di Putin in India", "the last India-Russia summit". */
function againstRightBefore(text: string, m: Mention, contextIn: ContextScan, rules: readonly FrameRule[], entities: readonly IndexedEntity[]): boolean {
  if (!rules.some((r) => entities[r.entity]?.id === m.entityId)) return false;
  for (const p of contextIn(sentenceAround(text, m.start, m.end)[0], m.start)) {
    if (roleOf(p.t.frame) !== AGAINST || p.end > m.start || entities[rules[frameOf(p.t.frame)]?.entity ?? -1]?.id !== m.entityId) continue;
    if (wordCount(text.slice(p.end, m.start)) <= 1 && !clauseMarkIn(text, p.end, m.start)) return true;
  }
  return false;
}

/** Does one of `spans` (not a person's, with `events`) overlap the trigger? */
function overlapsAny(spans: readonly { start: number; end: number; kind?: string }[], trigger: Piece, events: boolean): boolean {
  for (const a of spans) if (a.start < trigger.end && trigger.start < a.end && (!events || a.kind !== 'person')) return true;
  return false;
}

/** The years and ordinals an entity's frames allow. */
interface When {
  years: number[];
  ordinals: number[];
}

/** Per set of rules, what each entity's frames allow: worked out once, not for every mention. */
const whenCache = new WeakMap<readonly FrameRule[], Map<string, When>>();

/** What the entity's frames allow, or null when none of them says. */
function whenOf(rules: readonly FrameRule[], entities: readonly IndexedEntity[], id: string): When | null {
  let byId = whenCache.get(rules);
  if (!byId) {
    byId = new Map();
    for (const r of rules) {
      if (r.years.length === 0 && r.ordinals.length === 0) continue;
      const key = entities[r.entity]!.id;
      const when = byId.get(key) ?? { years: [], ordinals: [] };
      when.years.push(...r.years);
      when.ordinals.push(...r.ordinals);
      byId.set(key, when);
    }
    whenCache.set(rules, byId);
  }
  return byId.get(id) ?? null;
}

/** Where the entity is named in the text: its triggers and its mentions. */
function anchorsOf(pieces: readonly Piece[], found: readonly Mention[], rules: readonly FrameRule[], entity: IndexedEntity, index: number): [number, number][] {
  const anchors: [number, number][] = [];
  for (const p of pieces) if (roleOf(p.t.frame) === TRIGGER && rules[frameOf(p.t.frame)]?.entity === index) anchors.push([p.start, p.end]);
  for (const m of found) if (m.entityId === entity.id) anchors.push([m.start, m.end]);
  return anchors;
}

/** Something in the text that can satisfy a group or own the event: a mention or a group phrase. */
interface Item {
  start: number;
  end: number;
  group: number;
  /** A mention of a person (not a place or a phrase): as a possessor it is whose event it is. */
  person: boolean;
}

/**
 * Words before a trigger that point at an event the text has named: their forms, their first
 * units in both cases (a cheap test before a word is sliced), their Han forms written onto it.
 * After a demonstrative ("this visit", "этой поездки", "এই সফর", "此次") the groups are looked for in
 * the sentence before the trigger's too ("Putin arrived in Delhi on Thursday. This visit…"); after
 * a definite article, in the whole block (`pointsAcrossBlock`).
 */
interface Pointers {
  words: ReadonlySet<string>;
  firsts: ReadonlySet<number>;
  han: readonly string[];
}

function pointers(words: string, han: readonly string[] = []): Pointers {
  const set = new Set(words.split(' '));
  return { words: set, firsts: new Set([...set].flatMap((d) => [d.charCodeAt(0), d.toUpperCase().charCodeAt(0)])), han };
}

const DEMONSTRATIVES = pointers('this these этот этого этом этой эту यह इस dieser diesen diesem este esta ce cette questo questa هذه هذا এই এবারের یہ اس', ['此次', '这次', '這次', '本次', '此行']);
/** Definite articles: "the summit", "der Staatsbesuch", "la visite", "il vertice", "la cumbre". */
const DEFINITES = pointers('the der die das den dem le la les il lo gli el los las');

/**
 * Is one of `kind` written before text[at], in [from, at) and at most 40 units back: "this visit",
 * "this two-day state visit" (up to three words between), "此次访问", "the annual summit"?
 */
function pointerBefore(text: string, from: number, at: number, kind: Pointers): boolean {
  const start = Math.max(from, at - 40);
  for (const d of kind.han) if (at - d.length >= start && text.startsWith(d, at - d.length)) return true;
  let e = at;
  for (let words = 0; words < 4; words++) {
    let s = e;
    while (s > start && isSpace(text.charCodeAt(s - 1))) s--;
    if (s === e) return false;
    let w = s;
    while (w > start && isWordUnit(text.charCodeAt(w - 1))) w--;
    // The pointer is the word's letters after any other unit: "(this", "—this".
    if (s - w >= 2 && s - w <= 7 && kind.firsts.has(text.charCodeAt(w)) && kind.words.has(text.slice(w, s).toLowerCase())) return true;
    while (w > start && isBetweenWordUnit(text.charCodeAt(w - 1))) w--;
    if (w === s) return false;
    e = w;
  }
  return false;
}

/**
 * "The summit produced…", "Der Staatsbesuch begann…": a trigger after a definite article, in a
 * frame whose window is the sentence, may find its groups anywhere in the block when its own
 * sentence holds nothing against it (`judge`).
 */
const pointsAcrossBlock = (text: string, from: number, at: number, rule: FrameRule) => !rule.clause && pointerBefore(text, from, at, DEFINITES);

/** A unit of a word between a pointer and its trigger: a letter, mark or digit, an apostrophe or a hyphen ("two-day"). */
const isBetweenWordUnit = (c: number) => charClass(c) === WORD || c === 0x27 || c === 0x2019 || c === 0x2d;
/** Evidence against counts within this many words of the trigger, in its clause. */
const AGAINST_WORDS = 2;

function judge(text: string, trigger: Piece, pieces: readonly Piece[], found: readonly Mention[], rules: readonly FrameRule[], frame: number, entity: IndexedEntity): Mention | null {
  const rule = rules[frame]!;
  // The groups first: most triggers ("visit", "war" in other news) fail here, before anything dearer.
  const [ss, se] = sentenceAround(text, trigger.start, trigger.end);
  let [cs, ce] = rule.clause ? clauseAround(text, trigger.start, trigger.end) : [-1, -1];
  let [gs, ge] = rule.clause ? [cs, ce] : [ss, se];
  let items = itemsIn(pieces, found, rule, frame, gs, ge);
  let missing = missingGroup(rule, items);
  if (missing >= 0 && !rule.clause && ss > 0 && pointerBefore(text, ss, trigger.start, DEMONSTRATIVES)) {
    gs = sentenceAround(text, ss - 1, ss - 1)[0];
    items = itemsIn(pieces, found, rule, frame, gs, ge);
    missing = missingGroup(rule, items);
  }
  // "Putin's visit", "visita de Putin", "زيارة بوتين", "Putins erster Besuch": a trigger its first
  // group owns needs no other group in the sentence, as the alias "Putin's visit" needs none.
  const owned = missing > 0 && items.some((i) => i.group === 0 && ownerJoined(text, i, trigger));
  // An ordinal the frame allows right before the trigger ("the 23rd annual summit", "23esimo
  // Summit annuale") names this edition as surely as its groups.
  if (missing >= 0 && !owned && !allowedOrdinalBefore(text, ss, trigger.start, rule.ordinals)) {
    // "Putin arrived on Thursday. … The summit produced…": after a definite article, the groups
    // anywhere in the block, and nothing against it in its own sentence.
    if (!pointsAcrossBlock(text, ss, trigger.start, rule)) return null;
    items = itemsIn(pieces, found, rule, frame, 0, text.length);
    if (missingGroup(rule, items) >= 0) return null;
    for (const p of pieces) if (p.t.frame === pieceCode(frame, AGAINST) && p.start >= ss && p.end <= se) return null;
  }
  if (isVerb(text, trigger, pieces)) return null;
  // "Putin's state visit to Vietnam", "war in Gaza", "summit in Tianjin", "Commission on Trade": a
  // Capitalised place or subject right after the trigger that no group holds is another event's.
  // The same after an owner written after the trigger: "la visita di Putin in Corea del Nord".
  for (const from of [trigger.end, ...items.filter((i) => i.start >= trigger.end && OWNER_AFTER.test(text.slice(trigger.end, i.start))).map((i) => i.end)]) {
    const after = ELSEWHERE_AFTER.exec(text.slice(from, from + 40));
    if (!after || NO_PLACE.test(after[1]!)) continue;
    const at = from + after[0].length - after[1]!.length;
    if (!items.some((i) => i.start <= at && at < i.end)) return null;
  }
  if (!rule.clause) [cs, ce] = clauseAround(text, trigger.start, trigger.end);

  // Evidence against: an against phrase near the trigger in its clause; a compound naming another
  // one ("SOZ-Gipfel", "Gaza-Krieg", "IRIGC-TEC"); another year or ordinal where the event is named.
  for (const p of pieces) {
    if (p.t.frame !== pieceCode(frame, AGAINST) || p.start < cs || p.end > ce) continue;
    const gap = p.end <= trigger.start ? text.slice(p.end, trigger.start) : p.start >= trigger.end ? text.slice(trigger.end, p.start) : '';
    if (wordCount(gap) <= AGAINST_WORDS) return null;
  }
  if (/[\p{L}\p{M}\p{N}][-‐‑–]$/u.test(text.slice(Math.max(0, trigger.start - 2), trigger.start)) && !items.some((i) => i.end === trigger.start - 1)) return null;
  if (/^[-‐‑–][\p{L}\p{M}\p{N}]/u.test(text.slice(trigger.end, trigger.end + 2)) && !items.some((i) => i.start === trigger.end + 1)) return null;
  const when = { years: rule.years, ordinals: rule.ordinals };
  const anchors = anchorsOf(pieces, found, rules, entity, rule.entity);
  if (otherEdition(text, trigger.start, trigger.end, when, anchors) || datelineElsewhere(text, when)) return null;

  // Whose event: a person outside the first group ("Modi's visit", "मोदी की रूस यात्रा"), or in
  // English any Capitalised possessor that is no item ("Trump's visit"), makes it someone else's.
  const owner = possessorBefore(text, ss, trigger.start);
  if (owner) {
    const item = items.find((i) => i.start <= owner.start && owner.end <= i.end);
    if (item ? item.person && item.group !== 0 : owner.strict) return null;
  }
  // "His visit comes just before Putin's visit to India": in a sentence that names the event
  // elsewhere, a visit owned by a pronoun is someone else's.
  if (PRONOUN_BEFORE.test(text.slice(Math.max(ss, trigger.start - 12), trigger.start)) && anchors.some(([a, b]) => a >= ss && b <= se && (b <= trigger.start || a >= trigger.end))) return null;

  // The span: the trigger, with the nearest item written onto it on each side ("Putin's visit",
  // "भारत यात्रा", "visit to India").
  let before: Item | null = null;
  let after: Item | null = null;
  for (const i of items) {
    if (i.end <= trigger.start && i.start >= ss && (!before || i.end > before.end || (i.end === before.end && i.start < before.start))) {
      if (JOINED_BEFORE.test(text.slice(i.end, trigger.start))) before = i;
    }
    if (i.start >= trigger.end && i.end <= se && (!after || i.start < after.start || (i.start === after.start && i.end > after.end))) {
      if (JOINED_AFTER.test(text.slice(trigger.end, i.start))) after = i;
    }
  }
  const start = before ? before.start : trigger.start;
  const end = after ? after.end : trigger.end;
  return { entityId: entity.id, kind: entity.kind, start, end, text: text.slice(start, end), alias: trigger.t.alias };
}

const ELSEWHERE_AFTER = /^\s+(?:to|in|on|nach|a|en|à|au|di|per)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}]+)/u;
/** Capitalised words after "in", "di", "de" that name no place: months, days, "di Stato". */
const NO_PLACE = /^(?:Stato|Estado|État|Etat|Staat|State|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Januar|Februar|März|Juni|Juli|Oktober|Dezember)$/u;

/** The items of the frame's groups in [from, to): its group phrases and mentions of its groups' entities. */
function itemsIn(pieces: readonly Piece[], found: readonly Mention[], rule: FrameRule, frame: number, from: number, to: number): Item[] {
  const items: Item[] = [];
  rule.groups.forEach((ids, group) => {
    for (const m of found) if (m.start >= from && m.end <= to && ids.includes(m.entityId)) items.push({ start: m.start, end: m.end, group, person: m.kind === 'person' });
  });
  for (const p of pieces) {
    const role = roleOf(p.t.frame);
    if (role >= GROUP && frameOf(p.t.frame) === frame && p.start >= from && p.end <= to) items.push({ start: p.start, end: p.end, group: role - GROUP, person: false });
  }
  return items;
}

/** The first group with no item, or -1. */
function missingGroup(rule: FrameRule, items: readonly Item[]): number {
  for (let g = 0; g < rule.groups.length; g++) if (!items.some((i) => i.group === g)) return g;
  return -1;
}

/**
 * Is `item` written onto the trigger as its owner: "Putin's visit", "Putins erster Besuch", "पुतिन की
 * यात्रा", "পুতিনের এই সফরে", "visita de Putin", "زيارة بوتين"? A possessive mark (in the gap, or
 * ending the item: "Putins", "পুতিনের") may have up to two words after it.
 */
function ownerJoined(text: string, item: Item, trigger: Piece): boolean {
  if (item.start >= trigger.end) return OWNER_AFTER.test(text.slice(trigger.end, item.start));
  if (item.end > trigger.start) return false;
  const gap = text.slice(item.end, trigger.start);
  return OWNER_BEFORE.test(gap) || (POSSESSIVE_END.test(text.slice(item.start, item.end)) && /^\s+(?:[\p{L}\p{M}\d-]+\s+){0,2}$/u.test(gap));
}

const OWNER_BEFORE = /^(?:(?:['’]s|s['’]?)\s+|\s+(?:की|का|के)\s+)(?:[\p{Ll}\p{Lo}\p{M}\d-]+\s+){0,2}$/u;
const POSSESSIVE_END = /(?:s|ের|এর|র)$/u;
const OWNER_AFTER = /^\s+(?:(?:of|de|di|del|du|von|des|der)\s+(?:(?:the|la|el|le|il)\s+)?)?$/u;

/** Words in a stretch of text: runs between spaces that hold a letter or digit (a Han run is one word). */
function wordCount(gap: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (isSpace(c)) inWord = false;
    else if (!inWord && isWordChar(c)) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** A unit of a word (letter, digit or mark), as the scanner classes it (char-class.ts). */
const isWordChar = (c: number) => charClass(c) === WORD;

/** Possessive pronouns right before a trigger: "his visit", "его визит", "उनकी यात्रा", "seine Reise", "su visita", "sa visite", "la sua visita". */
const PRONOUN_BEFORE = /(?:^|[^\p{L}\p{M}])(?:his|her|their|его|её|ее|их|उनकी|उनका|उनके|उसकी|उसका|उसके|seine|seinen|seinem|seines|ihre|ihren|su|sus|sa|son|ses|sua|suo)\s+(?:[\p{Ll}\d][\p{L}\p{M}\d-]*\s+)?$/iu;

/**
 * A trigger used as a verb names no event: "to visit Russia", "will visit", "访问印度" (visits India:
 * a Han trigger with a group's Han place right after it).
 */
function isVerb(text: string, trigger: Piece, pieces: readonly Piece[]): boolean {
  if (VERB_BEFORE.test(text.slice(Math.max(0, trigger.start - 12), trigger.start))) return true;
  const c = text.charCodeAt(trigger.end);
  if (c >= 0x4e00 && c <= 0x9fff && text.charCodeAt(trigger.start) >= 0x4e00) {
    for (const p of pieces) if (p.start === trigger.end && roleOf(p.t.frame) >= GROUP) return true;
  }
  return false;
}

const VERB_BEFORE = /(?:^|[^\p{L}])(?:to|will|would|could|can|may|might|should|must|did|not|n't)\s+$/iu;

/** What may stand between an item and the trigger after it: "Putin's visit", "India visit", "भारत-रूस शिखर सम्मेलन", "पुतिन की भारत यात्रा". */
const JOINED_BEFORE = /^(?:['’]s)?[\s\-‐‑–—]{0,3}$|^\s+(?:की|का|के)\s+$/u;
/** What may stand between the trigger and an item after it: "visit to India", "визит в Индию", "visita di due giorni in India". */
const JOINED_AFTER = /^(?:\s+[\p{L}\p{M}’'-]+){0,3}?\s+(?:to|in|of|в|во|к|a|en|à|au|nach|di|de|del|da)\s+$/u;


/** A sentence asked about, with whether it holds a digit (-1: not asked yet). */
interface Sentence {
  start: number;
  end: number;
  digit: number;
}

/**
 * The last sentences asked about in the text being judged (at most `REMEMBERED`): the windows of a
 * block's triggers and their judgement ask for the same few sentences, which are found here rather
 * than scanned again (in a long block without stops, each would scan the whole block).
 */
let known: { text: string; sentences: Sentence[] } = { text: '', sentences: [] };
const REMEMBERED = 8;

/** The remembered sentence that holds [start, end) of `text`, or null. */
function knownSentence(text: string, start: number, end: number): Sentence | null {
  if (known.text !== text) return null;
  for (const s of known.sentences) if (s.start <= start && end <= s.end) return s;
  return null;
}

/** The units that may end a sentence, one bit each; `sentenceEndsAt` decides. */
const SENTENCE_MARKS = new Int32Array(2048);
for (const c of [0x2e, 0x21, 0x3f, 0x0a, 0x964, 0x965, 0x3002, 0xff01, 0xff1f, 0x61f, 0x6d4]) SENTENCE_MARKS[c >> 5] = SENTENCE_MARKS[c >> 5]! | (1 << (c & 31));

/** A unit that may end a sentence (one table read: every unit of a trigger's sentence asks). */
const maySentenceEnd = (c: number) => (SENTENCE_MARKS[c >> 5]! & (1 << (c & 31))) !== 0;

/** Does a sentence end at text[i]? The cheap unit test first, the rules of `sentenceEndsAt` then. */
const endsSentence = (text: string, i: number) => maySentenceEnd(text.charCodeAt(i)) && sentenceEndsAt(text, i);

/** Does text[from, to) hold a digit (of any script news is written in)? */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isAnyDigit(text.charCodeAt(i))) return true;
  return false;
}

/** The zero of each script's decimal digits news is written in: ASCII, Arabic-Indic, Persian, Devanagari, Bengali, fullwidth. */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xff10];

/** The value of a decimal digit of one of those scripts, or -1. */
function digitValue(c: number): number {
  for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return c - zero;
  return -1;
}

const isAnyDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && digitValue(c) >= 0);

/** Does the sentence [ss, se) of `text` hold a digit? Remembered with the sentence. */
function sentenceHasDigit(text: string, ss: number, se: number): boolean {
  const s = knownSentence(text, ss, se);
  if (!s || s.start !== ss || s.end !== se) return hasDigit(text, ss, se);
  if (s.digit < 0) s.digit = hasDigit(text, ss, se) ? 1 : 0;
  return s.digit === 1;
}

/** The sentence around [start, end): from after the last sentence end before it to the next one after (its stop left out). */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  const seen = knownSentence(text, start, end);
  if (seen) return [seen.start, seen.end];
  let s = start - 1;
  while (s >= 0 && !endsSentence(text, s)) s--;
  let e = end;
  while (e < text.length && !endsSentence(text, e)) e++;
  // Remembered only when it is one sentence: a span across a stop would answer for the stop too.
  let whole = true;
  for (let i = start; i < end && whole; i++) whole = !endsSentence(text, i);
  if (whole) {
    if (known.text !== text) known = { text, sentences: [] };
    else if (known.sentences.length >= REMEMBERED) known.sentences.shift();
    known.sentences.push({ start: s + 1, end: e, digit: -1 });
  }
  return [s + 1, e];
}

/** Does a sentence end with text[i]? A period only before a space, after a word that is no initial or abbreviation. */
function sentenceEndsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Danda, double danda, CJK stops and the Arabic question mark end a sentence wherever they are.
  if (c === 0x964 || c === 0x965 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x61f) return true;
  // A line break ends one, unless a stop or a line break just before it did ("…in 2025.\nThis
  // visit", a blank line): no sentence is empty.
  if (c === 0x0a) {
    let p = i;
    while (p > 0 && isSpace(text.charCodeAt(p - 1))) {
      if (text.charCodeAt(p - 1) === 0x0a) return false;
      p--;
    }
    return p > 0 && !endsSentence(text, p - 1);
  }
  // "!", "?" and the Urdu full stop before a space or the end ("روس۔یوکرین" uses it as a dash).
  if (c === 0x21 || c === 0x3f || c === 0x6d4) return i + 1 >= text.length || isSpace(text.charCodeAt(i + 1));
  if (c !== 0x2e || (i + 1 < text.length && !isSpace(text.charCodeAt(i + 1)))) return false;
  // "Mr. Putin", "U.S. President", "Dec. 4", "Jan. 5": no end. After a year ("in 2025. Next") or
  // a code ("the S-400. Seven years later") one ends; after other numbers, which may be ordinals
  // ("am 5. Dezember", "Der 250. Geburtstag"), not.
  let w = i;
  while (w > 0 && isAnyDigit(text.charCodeAt(w - 1))) w--;
  if (w < i) {
    const before = w > 0 ? text.charCodeAt(w - 1) : 0x20;
    if (isWordUnit(before)) return false;
    if (i - w !== 4 && charClass(before) !== DASH) return false;
  } else {
    while (w > 0 && isWordUnit(text.charCodeAt(w - 1))) w--;
    if (i - w <= 1 || (i - w <= 6 && ABBREVIATIONS.has(text.slice(w, i).toLowerCase()))) return false;
  }
  let j = i + 1;
  while (j < text.length && j <= i + 3 && isSpace(text.charCodeAt(j))) j++;
  return !isDigit(text.charCodeAt(j));
}

/** A unit of a word that is no digit: a letter or a mark. */
const isWordUnit = (c: number) => !isAnyDigit(c) && charClass(c) === WORD;

const isSpace = (c: number) => charClass(c) === SPACE;

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'gen', 'lt', 'col', 'vs', 'no', 'nos', 'ca', 'approx', 'incl', 'etc', 'sig', 'dott', 'sen', 'rep', 'gov', 'hon']);

/** Is there a clause mark (`clauseMarkAt`) in text[from, to)? */
function clauseMarkIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (clauseMarkAt(text, i)) return true;
  return false;
}

/** The clause around [start, end): its sentence, cut at clause marks. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  const [ss, se] = sentenceAround(text, start, end);
  let s = start - 1;
  while (s >= ss && !clauseMarkAt(text, s)) s--;
  let e = end;
  while (e < se && !clauseMarkAt(text, e)) e++;
  return [s + 1, e];
}

/**
 * Does a clause end at text[i]? Commas, semicolons and colons (Latin, Arabic and CJK forms) and
 * spaced dashes do; brackets ("Commission (Trade, Culture)") and a comma between digits do not.
 */
function clauseMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // , ; : and their Arabic and CJK forms; a comma between digits ("4,5") is none.
  if (c === 0x2c) return !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
  if (c === 0x3b || c === 0x3a || c === 0x60c || c === 0x61b || c === 0xff0c || c === 0xff1b || c === 0xff1a) return true;
  // A dash between spaces ("visit — his first") parts clauses; one inside a word ("India–Russia") does not.
  return (c === 0x2013 || c === 0x2014) && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1));
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Decimal digits of the scripts news is written in, as ASCII: "२०२१" → "2021". */
export function asciiDigits(text: string): string {
  return text.replace(NON_ASCII_DIGITS, (d) => String(digitValue(d.charCodeAt(0))));
}

const NON_ASCII_DIGITS = new RegExp(`[${DIGIT_ZEROS.slice(1).map((zero) => `${String.fromCharCode(zero)}-${String.fromCharCode(zero + 9)}`).join('')}]`, 'gu');

/**
 * Does the sentence around [start, end) date the event to another edition where it is named (at
 * one of `anchors`)? A year (1900–2099) that `when` does not allow within six words of an anchor,
 * unless it is a point since which ("his first visit since 2021", "2021 से", "منذ 2021"); or an
 * ordinal it does not allow within four words before an anchor ("the 22nd annual summit", "22°
 * vertice", "21-й саммит", "第22届…峰会").
 */
function otherEdition(text: string, start: number, end: number, when: When, anchors: readonly [number, number][]): boolean {
  const [ss, se] = sentenceAround(text, start, end);
  if (!sentenceHasDigit(text, ss, se)) return false;
  const near = anchors.filter(([a, b]) => a >= ss && b <= se);
  const sentence = asciiDigits(text.slice(ss, se));
  if (when.years.length > 0) {
    for (const m of sentence.matchAll(YEAR)) {
      if (when.years.includes(Number(m[0]))) continue;
      const ys = ss + m.index;
      const ye = ys + m[0].length;
      if (SINCE_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index)) || SINCE_AFTER.test(sentence.slice(m.index + 4, m.index + 70))) continue;
      // A year that opens the sentence ("In December 2021, …", "Nel dicembre 2021 …") dates all of it.
      if (wordCount(text.slice(ss, ys)) <= 3 && near.length > 0) return true;
      for (const [a, b] of near) if (wordCount(b <= ys ? text.slice(b, ys) : a >= ye ? text.slice(ye, a) : '') <= 6) return true;
    }
  }
  if (when.ordinals.length > 0) {
    for (const m of sentence.matchAll(ORDINAL)) {
      if (when.ordinals.includes(Number(m[1] ?? m[2]))) continue;
      const after = ss + m.index + m[0].length;
      for (const [a] of near) {
        if (a < after) continue;
        if (a - after <= 48 && wordCount(text.slice(after, a)) <= 4 && !clauseMarkIn(text, after, a)) return true;
      }
    }
  }
  return false;
}

/** Does the block open with a dateline of another year ("Novembre 2021 –", "নয়াদিল্লি, ৫ ডিসেম্বর ২০২১:")? It dates every sentence. */
function datelineElsewhere(text: string, when: When): boolean {
  if (when.years.length === 0 || !hasDigit(text, 0, Math.min(text.length, 90))) return false;
  const dateline = /^[^\n]{0,60}?(?<!\d)((?:19|20)\d\d)(?!\d)\s*(?:\([^)]{0,20}\)\s*)?[–—:\-]/u.exec(asciiDigits(text.slice(0, 90)));
  return dateline !== null && !when.years.includes(Number(dateline[1]));
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
/** A year after these is the point since which ("since 2021", "с 2021 года", "seit 2021", "منذ 2021"). */
const SINCE_BEFORE = /(?:since|after|с|со|после|seit|desde|depuis|dal|dall'|dopo|منذ|自)\s*(?:\p{L}+\s+)?$/iu;
/** …and a year before these in its clause: "2021 से", "2022 में शुरू हुए … के बाद", "2021年以来", "২০২২-এ … শুরু হওয়ার পর", "2022 کی … کے بعد". */
const SINCE_AFTER = /^[^,;:.।。،]{0,60}?(?:से|के बाद|年以来|以来|থেকে|পর|পরে|سے|کے بعد|بعد)(?![\p{L}\p{M}])/u;

const ORDINAL = /第\s*(\d{1,3})|(?<![\d\p{L}])(\d{1,3})(?:st|nd|rd|th|esim[oa]|-?(?:й|го|м|я|е|ая|ого|ом|ий)|\s?(?:वें|वां|वीं|वाँ|वे|তম)|ème|eme|er|e|°|º|ª|\.ª|\.º|\.)(?![\p{L}\d])/gu;

/** Is an ordinal of `ordinals` within four words before `at`, in its clause and after `from`? */
function allowedOrdinalBefore(text: string, from: number, at: number, ordinals: readonly number[]): boolean {
  const start = Math.max(from, at - 48);
  if (ordinals.length === 0 || !hasDigit(text, start, at)) return false;
  const before = asciiDigits(text.slice(start, at));
  for (const m of before.matchAll(ORDINAL)) {
    if (!ordinals.includes(Number(m[1] ?? m[2]))) continue;
    const after = start + m.index + m[0].length;
    const gap = text.slice(after, at);
    // Lower-case words only between them: "the 5th Syldavia summit" is another series'.
    if (wordCount(gap) <= 4 && !clauseMarkIn(text, after, at) && !/\p{Lu}/u.test(gap)) return true;
  }
  return false;
}

/**
 * A possessor written right before the trigger (across at most two lower-case words such as
 * "two-day state"): an English possessive ("Trump's visit"), which must be an item of the frame
 * (`strict`), or a Hindi one ("मोदी की रूस यात्रा"), which may be anything ("दो दिन की यात्रा").
 */
function possessorBefore(text: string, sentenceStart: number, at: number): { start: number; end: number; strict: boolean } | null {
  const from = Math.max(sentenceStart, at - 60);
  const before = text.slice(from, at);
  const english = /(\p{Lu}[\p{L}\p{M}.\-]*?)(?:['’]s|s['’])\s+(?:[\p{Ll}\d][\p{L}\p{M}\d\-]*\s+){0,2}$/u.exec(before);
  if (english) return { start: from + english.index, end: from + english.index + english[1]!.length, strict: true };
  const hindi = /([\u0900-\u097f]+)\s+(?:की|का|के)\s+(?:[\u0900-\u097f\-]+\s+)?$/u.exec(before);
  if (hindi) return { start: from + hindi.index, end: from + hindi.index + hindi[1]!.length, strict: false };
  return null;
}

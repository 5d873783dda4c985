/**
 * Finds the mentions of pack entities in one block of text.
 *
 * 1. Scan: one pass over the UTF-16 units; each word is hashed (lower-cased) as it is read and
 *    probed once in the index's first-word table. Offsets are the text's own, so normalisation
 *    (case, dashes, apostrophes, whitespace, soft hyphens) never shifts a span.
 * 2. Confirm: for the rare word that starts an alias, walk the trie word by word, checking each
 *    separator and each word's case requirement; every phrase end reached is a candidate.
 * 3. Resolve (README.md, "Which candidate wins"): exclusions drop what they cover; within a kind
 *    the longest, most specific candidate wins; across kinds overlaps stay (an event phrase and
 *    the person inside it); then bare surnames are checked for namesakes in reading order.
 */
import {
  APOS,
  DASH,
  IGNORABLE,
  SPACE,
  WORD,
  charClass,
  classTable,
  foldWord,
  isAllCaps,
  isCyrillic,
  lowerTable,
  stripIgnorables,
} from './char-class';
import type { Edge, FirstWord, MentionIndex, Terminal, TrieNode } from './build-index';
import { hasNamesakeBefore } from './namesakes';
import { JOIN_APOS, JOIN_DASH, JOIN_LITERAL, JOIN_SPACE } from './parse-alias';
import type { Mention } from './types';

interface Candidate {
  start: number;
  end: number;
  t: Terminal;
}

/** Longest separator between two words of a phrase ("Russia – Ukraine" has 3 units). */
const MAX_SEPARATOR = 8;
/** Longest run of non-space characters searched around a candidate for URL/e-mail signs. */
const MAX_CHUNK = 256;

// ---- confirmation ------------------------------------------------------------------------

/** Does the word as written satisfy the edge's case rule? `raw` has no ignorables. */
function caseOk(e: Edge, raw: string): boolean {
  if (e.form === null) return true;
  if (e.tilde === null) return raw === e.form || isAllCaps(raw);
  if (isAllCaps(raw)) return true;
  const n = e.tilde.stem.length;
  // Endings are lower case unless the whole word is in capitals.
  return raw.slice(0, n) === e.form.slice(0, n) && raw.slice(n) === raw.slice(n).toLowerCase();
}

function tildeOk(e: Edge, key: string): boolean {
  const rule = e.tilde!;
  return key.startsWith(rule.stem) && rule.endings.includes(key.slice(rule.stem.length));
}

function isNumberWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  // ASCII and Devanagari digits; "23rd", "23वें", "18".
  return raw.length <= 8 && ((c >= 0x30 && c <= 0x39) || (c >= 0x966 && c <= 0x96f));
}

class Scanner {
  readonly cands: Candidate[] = [];
  constructor(
    readonly text: string,
    readonly index: MentionIndex,
  ) {}

  /** Candidates from phrases whose first word is text[ws, we). */
  startAt(firsts: readonly FirstWord[] | undefined, ws: number, we: number, stem: boolean): void {
    if (!firsts) return;
    const raw = stripIgnorables(this.text.slice(ws, we));
    const key = foldWord(raw);
    for (const f of firsts) {
      for (const e of f.edges) {
        if (stem ? !tildeOk(e, key) : f.key !== key) continue;
        if (caseOk(e, raw)) this.walk(e.node, ws, we);
      }
    }
  }

  startAtNumber(ws: number, we: number): void {
    const raw = stripIgnorables(this.text.slice(ws, we));
    if (!isNumberWord(raw)) return;
    for (const e of this.index.numberFirsts) this.walk(e.node, ws, we);
  }

  walk(node: TrieNode, start: number, pos: number): void {
    if (node.ends) for (const t of node.ends) this.cands.push({ start, end: pos, t });
    if (!node.words && !node.others) return;
    const text = this.text;
    // The separator: which joiners does it satisfy?
    let j = pos;
    let spaces = 0;
    let dashes = 0;
    let apos = 0;
    let others = 0;
    let other = 0;
    for (; j < text.length && j - pos <= MAX_SEPARATOR; j++) {
      const c = text.charCodeAt(j);
      const k = charClass(c);
      if (k === WORD) break;
      if (k === SPACE) spaces++;
      else if (k === DASH) dashes++;
      else if (k === APOS) apos++;
      else if (k !== IGNORABLE) {
        others++;
        other = c;
      }
    }
    if (j >= text.length || charClass(text.charCodeAt(j)) !== WORD) return;
    const spaceOnly = spaces > 0 && dashes === 0 && apos === 0 && others === 0;
    const dashOk = spaceOnly || (dashes === 1 && apos === 0 && others === 0);
    const aposOk = apos === 1 && spaces === 0 && dashes === 0 && others === 0;
    const literal = others === 1 && spaces === 0 && dashes === 0 && apos === 0 ? JOIN_LITERAL + other : -1;
    const accepts = (joiner: number) =>
      joiner === JOIN_SPACE ? spaceOnly : joiner === JOIN_DASH ? dashOk : joiner === JOIN_APOS ? aposOk : joiner === literal;
    if (!spaceOnly && !dashOk && !aposOk && literal < 0) return;

    let we = j;
    while (we < text.length) {
      const k = charClass(text.charCodeAt(we));
      if (k !== WORD && k !== IGNORABLE) break;
      we++;
    }
    while (charClass(text.charCodeAt(we - 1)) === IGNORABLE) we--;
    const raw = stripIgnorables(text.slice(j, we));
    const key = foldWord(raw);
    const edges = node.words?.get(key);
    if (edges) for (const e of edges) if (accepts(e.joiner) && caseOk(e, raw)) this.walk(e.node, start, we);
    if (node.others) {
      for (const e of node.others) {
        if (!accepts(e.joiner)) continue;
        if (e.number ? isNumberWord(raw) : tildeOk(e, key) && caseOk(e, raw)) this.walk(e.node, start, we);
      }
    }
  }
}

// ---- the scan ----------------------------------------------------------------------------

function probe(slots: Int32Array, mask: number, h: number): number {
  const hh = h === 0 ? 1 : h;
  let s = hh & mask;
  for (;;) {
    const v = slots[s]!;
    if (v === hh) return s;
    if (v === 0) return -1;
    s = (s + 1) & mask;
  }
}

function scan(sc: Scanner): void {
  const { text, index } = sc;
  const cls = classTable;
  const low = lowerTable;
  const { slots, mask, firsts } = index;
  const numbers = index.numberFirsts.length > 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = cls[c]!;
    if (k === 0) k = charClass(c);
    if (k !== WORD) {
      i++;
      continue;
    }
    const ws = i;
    // Hashes of the word so far and of it minus its last one or two units (Russian stems).
    let h = 0;
    let h1 = 0;
    let h2 = 0;
    let len = 0;
    let we = i;
    for (;;) {
      if (k === WORD) {
        h2 = h1;
        h1 = h;
        h = (Math.imul(h, 31) + low[c]!) | 0;
        len++;
        we = i + 1;
      } else if (k !== IGNORABLE) break;
      if (++i >= n) break;
      c = text.charCodeAt(i);
      k = cls[c]!;
      if (k === 0) k = charClass(c);
    }
    const s = probe(slots, mask, h);
    if (s >= 0) sc.startAt(firsts[s], ws, we, false);
    if (index.hasStems && isCyrillic(text.charCodeAt(ws))) {
      // A `~` word's stem is the word itself or the word minus an ending of one or two letters.
      for (const [hs, minLen] of [
        [h, 1],
        [h1, 2],
        [h2, 3],
      ] as const) {
        if (len < minLen) continue;
        const t = probe(index.stemSlots, index.stemMask, hs);
        if (t >= 0) sc.startAt(index.stemFirsts[t], ws, we, true);
      }
    }
    if (numbers) sc.startAtNumber(ws, we);
  }
}

// ---- resolution --------------------------------------------------------------------------

/** Is the span part of a URL, a domain or an e-mail address ("kremlin.ru", "news/putin-visit")? */
function inUrlOrEmail(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < MAX_CHUNK && charClass(text.charCodeAt(a - 1)) !== SPACE) a--;
  let b = end;
  while (b < text.length && b - end < MAX_CHUNK && charClass(text.charCodeAt(b)) !== SPACE) b++;
  const chunk = text.slice(a, b).replace(/[.,;:!?)\]"'’»”]+$/u, '');
  if (chunk.includes('@') || chunk.includes('://') || /^www\./i.test(chunk)) return true;
  // Paths: two slashes, or a slash next to a dotted name.
  if (/\/.*\//.test(chunk) || /\.[a-z]{2,6}\//i.test(chunk)) return true;
  // Bare domains: dotted labels ending in a lower-case TLD.
  return /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+$/u.test(chunk) && /\.[a-z]{2,6}$/.test(chunk);
}

/** Priority among overlapping candidates of one kind: longer span, then more literal words, then more atoms. */
function beats(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    b.t.literals - a.t.literals ||
    b.t.atoms - a.t.atoms ||
    a.start - b.start ||
    a.t.phrase - b.t.phrase
  );
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Does exclusion `x` cover `c`, i.e. is it at least as long and, on the same span, at least as specific? */
function excludes(x: Candidate, c: Candidate): boolean {
  if (!overlaps(x, c)) return false;
  const xl = x.end - x.start;
  const cl = c.end - c.start;
  if (cl > xl) return false;
  return cl < xl || x.start !== c.start || x.t.literals >= c.t.literals;
}

/**
 * The mentions of the index's entities in `text`, sorted by start (longer first on ties).
 *
 * Namesake memory is scoped to this call: once "Lalit Modi" appears in `text`, a later bare
 * "Modi" in the same `text` is taken to be him, until a fuller name of our person ("Narendra
 * Modi") appears. The content script calls this once per block (paragraph, list item, heading,
 * table cell), so the memory lasts one block.
 */
export function findMentions(text: string, index: MentionIndex): Mention[] {
  const sc = new Scanner(text, index);
  scan(sc);
  if (sc.cands.length === 0) return [];

  const entities = index.entities;
  const all = sc.cands.filter((c) => !inUrlOrEmail(text, c.start, c.end));
  const exclusions = all.filter((c) => c.t.exclusion);
  const suppressed: Candidate[] = [];
  const live: Candidate[] = [];
  for (const c of all) {
    if (c.t.exclusion) continue;
    if (exclusions.some((x) => x.t.entity === c.t.entity && excludes(x, c))) suppressed.push(c);
    else live.push(c);
  }

  // Within a kind, longest and most specific first; a candidate overlapping a better one of the
  // same kind loses. Different kinds may overlap ("Putin's visit" holds "Putin").
  live.sort(beats);
  const picked: Candidate[] = [];
  const byKind = new Map<string, Candidate[]>();
  for (const c of live) {
    const kind = entities[c.t.entity]!.kind;
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    if (list.some((p) => overlaps(p, c))) continue;
    list.push(c);
    picked.push(c);
  }

  // Namesakes, in reading order: a rejected bare surname (and anything an exclusion covered)
  // makes later uses of the same phrase for that entity doubtful until a fuller name appears.
  const mentionEnds = new Set(all.filter((c) => !c.t.exclusion).map((c) => c.end));
  const events = [...picked.map((c) => ({ c, excluded: false })), ...suppressed.map((c) => ({ c, excluded: true }))];
  events.sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end);
  const doubtful = new Map<number, Set<number>>();
  const out: Mention[] = [];
  for (const { c, excluded } of events) {
    const entity = entities[c.t.entity]!;
    const phrases = doubtful.get(c.t.entity);
    if (excluded) {
      if (entity.kind === 'person') doubtful.set(c.t.entity, (phrases ?? new Set()).add(c.t.phrase));
      continue;
    }
    if (entity.kind === 'person') {
      if (c.t.literals === 1) {
        if (phrases?.has(c.t.phrase)) continue;
        if (hasNamesakeBefore(text, c.start, mentionEnds)) {
          doubtful.set(c.t.entity, (phrases ?? new Set()).add(c.t.phrase));
          continue;
        }
      } else {
        doubtful.delete(c.t.entity);
      }
    }
    out.push({
      entityId: entity.id,
      kind: entity.kind,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      alias: c.t.alias,
    });
  }
  return out;
}

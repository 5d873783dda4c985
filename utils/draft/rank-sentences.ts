/**
 * Sentence centrality, TextRank-style: sentences are nodes, edges weigh the content words two
 * sentences share (normalised by their lengths, as in Mihalcea & Tarau 2004), and PageRank over
 * that graph scores how much of the article a sentence stands for.
 */
import { STOPWORDS } from './word-lists';

const DAMPING = 0.85;
const ITERATIONS = 30;

function contentWords(sentence: string): Set<string> {
  const words = new Set<string>();
  for (const match of sentence.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    let word = match[0].replace(/['’]s$/u, '');
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    // A crude stem: "discussions" and "discussion" are one word here.
    if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    words.add(word);
  }
  return words;
}

/** One score per sentence, summing to about the number of sentences. */
export function rankSentences(sentences: readonly string[]): number[] {
  const n = sentences.length;
  const bags = sentences.map(contentWords);
  // Inverted index: only sentences sharing a word get an edge, so long articles stay cheap.
  const bySentence = new Map<string, number[]>();
  bags.forEach((bag, i) => {
    for (const word of bag) {
      const list = bySentence.get(word);
      if (list) list.push(i);
      else bySentence.set(word, [i]);
    }
  });
  const edges: Map<number, number>[] = bags.map(() => new Map());
  for (const list of bySentence.values()) {
    // A word in most sentences says little about any of them.
    if (list.length > Math.max(3, n / 2)) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a]!;
        const j = list[b]!;
        edges[i]!.set(j, (edges[i]!.get(j) ?? 0) + 1);
        edges[j]!.set(i, (edges[j]!.get(i) ?? 0) + 1);
      }
    }
  }
  const weights = edges.map((row, i) => {
    const out = new Map<number, number>();
    for (const [j, shared] of row) {
      const norm = Math.log(bags[i]!.size + 1) + Math.log(bags[j]!.size + 1);
      if (norm > 0) out.set(j, shared / norm);
    }
    return out;
  });
  const totals = weights.map((row) => [...row.values()].reduce((sum, w) => sum + w, 0));
  let scores = new Array<number>(n).fill(1);
  for (let round = 0; round < ITERATIONS; round++) {
    const next = new Array<number>(n).fill(1 - DAMPING);
    weights.forEach((row, j) => {
      if (!totals[j]) return;
      for (const [i, w] of row) next[i]! += (DAMPING * w * scores[j]!) / totals[j]!;
    });
    scores = next;
  }
  return scores;
}

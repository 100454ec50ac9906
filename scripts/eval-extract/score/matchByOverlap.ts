import type { LineRange } from "@parcomms/core";
import { lineJaccard } from "./_lib/lines";
import { dice, wordSet } from "./_lib/text";

/** Something to match: its text and, when known, its lines in the clean text. */
export interface Matchable {
  readonly text: string;
  readonly lines?: LineRange | undefined;
}

/** A pair of matched items, by index, with its score. */
export interface MatchPair {
  readonly expected: number;
  readonly got: number;
  readonly score: number;
}

/** Result of {@link matchByOverlap}. */
export interface MatchResult {
  readonly pairs: readonly MatchPair[];
  /** Indices of answer-key items left unmatched (misses). */
  readonly unmatchedExpected: readonly number[];
  /** Indices of extracted items left unmatched (spurious). */
  readonly unmatchedGot: readonly number[];
}

/** Least word overlap (Dice) for two items to be matched at all. */
export const MIN_WORD_OVERLAP = 0.3;

/**
 * Matches answer-key items to extracted items one to one. The rule:
 *
 * 1. words: Dice overlap of the two texts' folded word sets (diacritics,
 *    case and punctuation ignored), which must be at least 0.3;
 * 2. lines: Jaccard overlap of the two line ranges in the clean text, which
 *    must be above 0 when both have lines (an item on other lines is another
 *    item, however alike its words, as 001's IV.1 and appendix row 4 are);
 * 3. score = (words + lines) / 2, or the word overlap alone when either side
 *    has no lines;
 * 4. pairs are taken greedily, best score first (ties: answer-key order,
 *    then extraction order), each item at most once.
 *
 * One extracted item can stand for one answer-key item only, so an
 * extraction cannot score by emitting one huge item or many copies: the
 * copies are counted as spurious and a huge item's line and word overlap
 * falls with its size.
 *
 * @param expected - answer-key items
 * @param got - extracted items, lines already mapped to the clean text
 * @returns matched pairs and the leftovers of both sides
 * @example
 * matchByOverlap([{ text: "Tuyên truyền trên đài truyền thanh", lines: { start: 5, end: 5 } }],
 *   [{ text: "tuyen truyen tren dai truyen thanh xa", lines: { start: 5, end: 6 } }]).pairs.length // 1
 */
export function matchByOverlap(expected: readonly Matchable[], got: readonly Matchable[]): MatchResult {
  const gotWords = got.map((g) => wordSet(g.text));
  const candidates: MatchPair[] = [];
  expected.forEach((e, i) => {
    const words = wordSet(e.text);
    got.forEach((g, j) => {
      const w = dice(words, gotWords[j] ?? new Set());
      if (w < MIN_WORD_OVERLAP) return;
      if (e.lines && g.lines) {
        const l = lineJaccard(e.lines, g.lines);
        if (l > 0) candidates.push({ expected: i, got: j, score: (w + l) / 2 });
      } else {
        candidates.push({ expected: i, got: j, score: w });
      }
    });
  });
  const usedExpected = new Set<number>();
  const usedGot = new Set<number>();
  const pairs = pickPairs(candidates, usedExpected, usedGot);
  pairs.sort((a, b) => a.expected - b.expected);
  return matchResult(pairs, expected.length, got.length, usedExpected, usedGot);
}

/**
 * The greedy one-to-one pairing: candidates best score first (ties by index),
 * each taken when neither side is used yet; marks the sides it takes as used.
 */
export function pickPairs(
  candidates: MatchPair[],
  usedExpected: Set<number>,
  usedGot: Set<number>,
): MatchPair[] {
  candidates.sort((a, b) => b.score - a.score || a.expected - b.expected || a.got - b.got);
  const pairs: MatchPair[] = [];
  for (const c of candidates) {
    if (usedExpected.has(c.expected) || usedGot.has(c.got)) continue;
    usedExpected.add(c.expected);
    usedGot.add(c.got);
    pairs.push(c);
  }
  return pairs;
}

/** A match result from its pairs and the indices each side used. */
export function matchResult(
  pairs: MatchPair[],
  expectedCount: number,
  gotCount: number,
  usedExpected: ReadonlySet<number>,
  usedGot: ReadonlySet<number>,
): MatchResult {
  const unused = (count: number, used: ReadonlySet<number>) =>
    Array.from({ length: count }, (_, i) => i).filter((i) => !used.has(i));
  return {
    pairs,
    unmatchedExpected: unused(expectedCount, usedExpected),
    unmatchedGot: unused(gotCount, usedGot),
  };
}

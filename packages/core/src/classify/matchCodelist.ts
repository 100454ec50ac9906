import { diacriticSignature } from "./_lib/diacriticSignature";
import { phraseTokens } from "./_lib/phraseTokens";
import { scanTokens } from "./_lib/scanTokens";
import type { ScannedTokens } from "./_lib/scanTokensByFold";
import { STOP_PHRASES } from "./_lib/stopPhrases";
import { tokenHash } from "./_lib/tokenHash";

/** A codelist as `matchCodelist` reads it: entries with codes and Vietnamese phrasings. */
export interface MatchableCodelist<C extends string = string> {
  /** The codelist's id; selects its default stop phrases. */
  readonly id: string;
  readonly entries: readonly {
    readonly code: C;
    readonly phrasings: readonly string[];
    readonly formerNames?: readonly string[] | undefined;
  }[];
}

/** One place where a phrasing of a codelist entry occurs in a text. */
export interface CodelistMatch<C extends string = string> {
  /** Code of the entry whose phrasing matched. */
  readonly code: C;
  /** The phrasing (or former name) that matched, as the codelist spells it. */
  readonly phrasing: string;
  /** Offset of the match's first character in the original text. */
  readonly start: number;
  /** Offset after the match's last character (and its combining marks) in the original text. */
  readonly end: number;
}

/** Options of `matchCodelist`. */
export interface MatchCodelistOptions {
  /**
   * Phrases that mask the phrasings inside them ("báo cáo" masks "báo").
   * A match inside a stop phrase, or overlapping one without covering it
   * whole, is dropped. Default: the stop phrases kept for the codelist's id.
   */
  readonly stopPhrases?: readonly string[];
}

/**
 * Finds every phrasing (and former name) of every entry of a codelist in a
 * text. Matching works on folded text (diacritics, case and tone-mark
 * placement ignored, NFC or NFD alike) and on whole syllables: "báo" never
 * matches inside "báoxyz", and a phrasing's syllables must follow each other.
 * Words that contain a phrasing's syllables but mean something else ("báo
 * cáo", report, for "báo", newspaper; "xã hội" for "hội") are masked by the
 * codelist's stop phrases (see {@link MatchCodelistOptions}).
 *
 * White space, hyphens, dashes, "/" and "&" between syllables are
 * interchangeable; any other punctuation mark must appear in the phrasing to
 * be matched across, so "hệ thống thông tin cơ sở" does not match "hệ thống
 * thông tin, cơ sở dữ liệu". A tab (a table cell's edge) is never matched
 * across. Folding makes some syllables collide ("đài" and "đại", "báo" and
 * "bảo", "trường" and "trưởng"), so a one-syllable phrasing must also carry
 * the same diacritics as the syllable it matches, unless either is written
 * without any; tone-mark placement ("hoà", "hòa") and NFD input do not matter.
 *
 * @param text - any text, as written
 * @param codelist - the codelist whose phrasings to look for
 * @param options - stop phrases; see {@link MatchCodelistOptions}
 * @returns every match, by start, longer first at the same start, then in
 *   codelist order; one match per code and span
 * @example
 * matchCodelist("trên đài truyền thanh xã, lồng ghép qua các cuộc họp thôn", channels)
 * // [{ code: "broadcast.commune-radio", phrasing: "đài truyền thanh xã", start: 5, end: 24 },
 * //  { code: "broadcast", phrasing: "đài", start: 5, end: 8 }, …]
 */
export function matchCodelist<C extends string>(
  text: string,
  codelist: MatchableCodelist<C>,
  options: MatchCodelistOptions = {},
): CodelistMatch<C>[] {
  const tokens = scanTokens(text);
  const stops = options.stopPhrases ? givenStops(options.stopPhrases) : compiledStops(codelist);
  const stopSpans = findPhrases(tokens, stops);
  const found = findPhrases(tokens, compiledPhrasings(codelist));

  const matches: (CodelistMatch<C> & { order: number })[] = [];
  for (let f = 0; f < found.length; f += 3) {
    const phrase = found[f] as Phrase<C>;
    const first = found[f + 1] as number;
    const last = found[f + 2] as number;
    if (masked(stopSpans, first, last)) continue;
    const start = tokens.starts[first] as number;
    const end = tokens.ends[last] as number;
    if (phrase.signature !== undefined && !sameDiacritics(phrase.signature, text.slice(start, end))) continue;
    // Two phrasings of one entry that fold alike match the same span once, the first one found.
    let duplicate = false;
    for (let j = matches.length - 1; j >= 0 && !duplicate; j--) {
      const m = matches[j] as CodelistMatch<C>;
      if (m.start !== start) break;
      duplicate = m.end === end && m.code === phrase.code;
    }
    if (!duplicate)
      matches.push({ code: phrase.code, phrasing: phrase.phrasing, start, end, order: phrase.order });
  }
  if (matches.length > 1) matches.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  return matches.map(({ code, phrasing, start, end }) => ({ code, phrasing, start, end }));
}

/** Whether a stop phrase hides the span: lies around part of it, or across its edge. */
function masked(stopSpans: readonly (Phrase<string> | number)[], first: number, last: number): boolean {
  for (let k = 0; k < stopSpans.length; k += 3) {
    const s = stopSpans[k + 1] as number;
    const e = stopSpans[k + 2] as number;
    if (first <= e && s <= last && !(first <= s && e <= last)) return true;
  }
  return false;
}

interface Phrase<C extends string> {
  readonly code: C;
  readonly phrasing: string;
  readonly tokens: readonly string[];
  /** The tokens' `tokenHash`es. */
  readonly hashes: readonly number[];
  /** Position in the codelist, for ordering matches at one span. */
  readonly order: number;
  /** The phrasing's diacritics when it is one syllable (see `sameDiacritics`). */
  readonly signature: string | undefined;
}

/** Phrases by the hash of their first token, with a bit set of those hashes' low 16 bits to skip most tokens cheaply. */
interface PhraseIndex<C extends string> {
  readonly byHead: ReadonlyMap<number, readonly Phrase<C>[]>;
  readonly heads: Uint32Array;
}

// Codelists are constants: fold and index their phrasings once per codelist object.
const phrasingCache = new WeakMap<MatchableCodelist, PhraseIndex<string>>();
const stopCache = new WeakMap<MatchableCodelist, PhraseIndex<string>>();
const givenStopCache = new WeakMap<readonly string[], PhraseIndex<string>>();

function compiledPhrasings<C extends string>(codelist: MatchableCodelist<C>): PhraseIndex<C> {
  const cached = phrasingCache.get(codelist) as PhraseIndex<C> | undefined;
  if (cached) return cached;
  const index = indexPhrases(
    codelist.entries.flatMap((entry) =>
      entry.phrasings.concat(entry.formerNames ?? []).map((p) => [entry.code, p] as const),
    ),
  );
  phrasingCache.set(codelist, index);
  return index;
}

function compiledStops(codelist: MatchableCodelist): PhraseIndex<string> {
  const cached = stopCache.get(codelist);
  if (cached) return cached;
  const index = indexPhrases((STOP_PHRASES[codelist.id] ?? []).map((p) => ["", p] as const));
  stopCache.set(codelist, index);
  return index;
}

function givenStops(stopPhrases: readonly string[]): PhraseIndex<string> {
  const cached = givenStopCache.get(stopPhrases);
  if (cached) return cached;
  const index = indexPhrases(stopPhrases.map((p) => ["", p] as const));
  givenStopCache.set(stopPhrases, index);
  return index;
}

/** Phrases by their first token, each bucket in codelist order. */
function indexPhrases<C extends string>(phrasings: readonly (readonly [C, string])[]): PhraseIndex<C> {
  const byHead = new Map<number, Phrase<C>[]>();
  const heads = new Uint32Array(2048);
  phrasings.forEach(([code, phrasing], order) => {
    const tokens = phraseTokens(phrasing);
    const hashes = tokens.map(tokenHash);
    const head = hashes[0];
    if (head === undefined) return;
    const signature = tokens.length === 1 ? diacriticSignature(phrasing) : undefined;
    const phrase = { code, phrasing, tokens, hashes, order, signature };
    const bucket = byHead.get(head);
    if (bucket) bucket.push(phrase);
    else byHead.set(head, [phrase]);
    heads[(head >>> 5) & 2047] = (heads[(head >>> 5) & 2047] as number) | (1 << (head & 31));
  });
  return { byHead, heads };
}

/** Every occurrence of an indexed phrase in text order, flat: phrase, first token, last token, … */
function findPhrases<C extends string>(tokens: ScannedTokens, index: PhraseIndex<C>): (Phrase<C> | number)[] {
  const found: (Phrase<C> | number)[] = [];
  const { byHead, heads } = index;
  if (byHead.size === 0) return found;
  const { folded, bounds, hashes } = tokens;
  for (let i = 0; i < hashes.length; i++) {
    const hash = hashes[i] as number;
    if (((heads[(hash >>> 5) & 2047] as number) & (1 << (hash & 31))) === 0) continue;
    const bucket = byHead.get(hash);
    if (bucket === undefined) continue;
    for (const phrase of bucket) {
      const n = phrase.tokens.length;
      if (i + n > hashes.length) continue;
      let k = 0;
      while (k < n) {
        const token = phrase.tokens[k] as string;
        const at = bounds[i + k] as number;
        const same =
          hashes[i + k] === phrase.hashes[k] &&
          (bounds[i + k + 1] as number) - at === token.length &&
          folded.startsWith(token, at);
        if (!same) break;
        k++;
      }
      if (k === n) found.push(phrase, i, i + n - 1);
    }
  }
  return found;
}

// Syllables recur: remember the diacritics of the spellings met, up to a bound.
const writtenSignatures = new Map<string, string>();

/** False when both spellings carry diacritics and they differ. */
function sameDiacritics(expected: string, written: string): boolean {
  if (expected === "") return true;
  let actual = writtenSignatures.get(written);
  if (actual === undefined) {
    actual = diacriticSignature(written);
    if (writtenSignatures.size >= 10_000) writtenSignatures.clear();
    writtenSignatures.set(written, actual);
  }
  return actual === "" || expected === actual;
}

import { fold } from "../_lib/fold";
import { diacriticSignature } from "./_lib/diacriticSignature";
import { phraseTokens } from "./_lib/phraseTokens";
import { STOP_PHRASES } from "./_lib/stopPhrases";
import { type Token, tokenize } from "./_lib/tokenize";

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

interface Phrase<C extends string> {
  readonly code: C;
  readonly phrasing: string;
  readonly tokens: readonly string[];
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
  const folded = fold(text.replace(/\t/g, "|"));
  const tokens = tokenize(folded.text);
  const byFirstToken = compiledPhrasings(codelist);
  const stops = options.stopPhrases
    ? indexPhrases(compile("", options.stopPhrases))
    : compiledStops(codelist);
  const stopSpans = findPhrases(tokens, stops).map((m) => m.span);

  const seen = new Set<string>();
  const matches: (CodelistMatch<C> & { order: number })[] = [];
  for (const { phrase, span, order } of findPhrases(tokens, byFirstToken)) {
    const [first, last] = span;
    const masked = stopSpans.some(([s, e]) => first <= e && s <= last && !(first <= s && e <= last));
    if (masked) continue;
    const start = folded.offsets[(tokens[first] as Token).start] as number;
    const end = originalEnd(text, folded.offsets[(tokens[last] as Token).end - 1] as number);
    if (phrase.tokens.length === 1 && !sameDiacritics(phrase.phrasing, text.slice(start, end))) continue;
    const key = `${phrase.code}\u0000${start}\u0000${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    matches.push({ code: phrase.code, phrasing: phrase.phrasing, start, end, order });
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  return matches.map(({ code, phrasing, start, end }) => ({ code, phrasing, start, end }));
}

type PhraseIndex<C extends string> = Map<string, { phrase: Phrase<C>; order: number }[]>;

// Codelists are constants: fold and index their phrasings once per codelist object.
const phrasingCache = new WeakMap<MatchableCodelist, PhraseIndex<string>>();
const stopCache = new WeakMap<MatchableCodelist, PhraseIndex<string>>();

function compiledPhrasings<C extends string>(codelist: MatchableCodelist<C>): PhraseIndex<C> {
  const cached = phrasingCache.get(codelist) as PhraseIndex<C> | undefined;
  if (cached) return cached;
  const index = indexPhrases(
    codelist.entries.flatMap((entry) =>
      compile(entry.code, [...entry.phrasings, ...(entry.formerNames ?? [])]),
    ),
  );
  phrasingCache.set(codelist, index);
  return index;
}

function compiledStops(codelist: MatchableCodelist): PhraseIndex<string> {
  const cached = stopCache.get(codelist);
  if (cached) return cached;
  const index = indexPhrases(compile("", STOP_PHRASES[codelist.id] ?? []));
  stopCache.set(codelist, index);
  return index;
}

function compile<C extends string>(code: C, phrasings: readonly string[]): Phrase<C>[] {
  return phrasings.map((phrasing) => ({ code, phrasing, tokens: phraseTokens(phrasing) }));
}

function indexPhrases<C extends string>(phrases: readonly Phrase<C>[]): PhraseIndex<C> {
  const index: PhraseIndex<C> = new Map();
  phrases.forEach((phrase, order) => {
    const head = phrase.tokens[0];
    if (head === undefined) return;
    const bucket = index.get(head);
    if (bucket) bucket.push({ phrase, order });
    else index.set(head, [{ phrase, order }]);
  });
  return index;
}

/** Every occurrence of an indexed phrase, as inclusive token spans, in text order. */
function findPhrases<C extends string>(
  tokens: readonly Token[],
  index: PhraseIndex<C>,
): { phrase: Phrase<C>; span: [number, number]; order: number }[] {
  const found: { phrase: Phrase<C>; span: [number, number]; order: number }[] = [];
  tokens.forEach((token, i) => {
    for (const { phrase, order } of index.get(token.text) ?? []) {
      const n = phrase.tokens.length;
      if (i + n > tokens.length) continue;
      if (phrase.tokens.every((t, k) => tokens[i + k]?.text === t)) {
        found.push({ phrase, span: [i, i + n - 1], order });
      }
    }
  });
  return found;
}

/** False when both spellings carry diacritics and they differ. */
function sameDiacritics(phrasing: string, written: string): boolean {
  const expected = diacriticSignature(phrasing);
  const actual = diacriticSignature(written);
  return expected === "" || actual === "" || expected === actual;
}

const COMBINING = /[\u0300-\u036f]/;

/** The offset after the original character at `offset`, with the combining marks that follow it (NFD input). */
function originalEnd(text: string, offset: number): number {
  let end = offset + 1;
  while (end < text.length && COMBINING.test(text[end] as string)) end++;
  return end;
}

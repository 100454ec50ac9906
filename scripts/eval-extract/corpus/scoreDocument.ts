import type { Tally } from "../score/Tally";
import { symbolText } from "./_lib/canonical";
import { fieldValues } from "./_lib/fieldValues";
import { CORPUS_FIELDS, type CorpusField } from "./CORPUS_FIELDS";
import type { CorpusKey } from "./CorpusKey";
import type { ScorableExtraction } from "./ScorableExtraction";

/**
 * How one field came out: `right`; `wrong` (both give it, differently);
 * `missed` (the key states it, the extraction leaves it blank); `spurious`
 * (the key says the text does not state it, the extraction gives a value);
 * `blank-ok` (neither gives it).
 */
export type FieldOutcome = "right" | "wrong" | "missed" | "spurious" | "blank-ok";

/** One difference between a corpus key and an extraction, for `--verbose`. */
export interface CorpusMiss {
  /** A corpus field, or `references`, `reference-role`, `mentions`. */
  readonly field: CorpusField | "references" | "reference-role" | "mentions";
  readonly outcome: Exclude<FieldOutcome, "right" | "blank-ok">;
  /** The key's value as compared ("—" for none). */
  readonly expected: string;
  /** The extraction's value as compared ("—" for none). */
  readonly got: string;
  /** A wrong or spurious field whose element has confidence ≥ 0.8, or no element. */
  readonly confident?: boolean;
}

/** One document's scores. */
export interface DocumentScore {
  readonly fields: Record<CorpusField, FieldOutcome>;
  /** Cited documents matched by (type, number, canonical symbol). */
  readonly references: Tally;
  /** Of the matched references, how many have the key's role. */
  readonly referenceRoles: { right: number; matched: number };
  /** Mentioned plans matched by number and symbol. */
  readonly mentions: Tally;
  /** Fields given wrong, or given where the text states nothing, with confidence ≥ 0.8. */
  readonly confidentWrong: CorpusField[];
  readonly misses: CorpusMiss[];
}

/** Least confidence at which a wrong value counts as stated with confidence. */
export const CONFIDENT = 0.8;

function outcomeOf(want: string | null, have: string | null): FieldOutcome {
  if (want === null) return have === null ? "blank-ok" : "spurious";
  if (have === null) return "missed";
  return want === have ? "right" : "wrong";
}

/** The confidence of a field: its first path that has elements, their highest; 1 when none has. */
function confidenceOf(paths: readonly string[], elements: ScorableExtraction["elements"]): number {
  for (const path of paths) {
    const found = (elements ?? []).filter((e) => e.path === path);
    if (found.length > 0) return found.map((e) => e.confidence).reduce((m, v) => Math.max(m, v), -Infinity);
  }
  return 1;
}

/** Matches two lists one to one by a key; returns the pairs and what is left of each. */
function matchByKey<A, B>(
  want: readonly A[],
  have: readonly B[],
  keyA: (a: A) => string,
  keyB: (b: B) => string,
) {
  const left = have.map((h) => ({ h, key: keyB(h), used: false }));
  const pairs: [A, B][] = [];
  const unmatched: A[] = [];
  for (const w of want) {
    const k = keyA(w);
    const slot = left.find((x) => !x.used && x.key === k);
    if (slot) {
      slot.used = true;
      pairs.push([w, slot.h]);
    } else unmatched.push(w);
  }
  return { pairs, unmatched, spurious: left.filter((x) => !x.used).map((x) => x.h) };
}

const show = (v: string | null) => v ?? "—";

/**
 * Scores one extraction against its corpus key. Each field of
 * `CORPUS_FIELDS` is right, wrong, missed, spurious or blank-ok, compared in
 * canonical form: number as a string (a blank slot equals the key's null),
 * symbol in capitals without spaces, issue date as far as each gives it
 * (year, month, day: a day read where the key has none is wrong), issuer's
 * body and level, level alone, unit's folded name and level, period's start
 * and end (and horizon when the key has one), title after NFC, white space,
 * markdown `*`, case and trailing punctuation, the document's kind and the
 * issuing decision's number, symbol and date. References with a number are
 * matched one to one by (type, number, canonical symbol), their roles
 * counted apart; references without a number are out of the key's scope and
 * not counted. Mentions are matched by number and symbol. A wrong or spurious
 * field whose element (see `CORPUS_FIELDS` paths) has confidence ≥ 0.8, or
 * that has no element at all, is confident-wrong.
 *
 * @param extraction - what the extractor returned (`PlanExtraction`, or any part of it)
 * @param key - the document's answer key
 * @returns the field outcomes, the reference and mention tallies, the confident-wrong fields and the misses
 * @example
 * const score = scoreDocument(extractPlan(text), key);
 * score.fields.number // "right"
 * score.references    // { tp: 3, fp: 1, fn: 0 }
 */
export function scoreDocument(extraction: ScorableExtraction, key: CorpusKey): DocumentScore {
  const values = fieldValues(key, extraction);
  const fields = {} as Record<CorpusField, FieldOutcome>;
  const confidentWrong: CorpusField[] = [];
  const misses: CorpusMiss[] = [];
  for (const field of CORPUS_FIELDS) {
    const { want, have } = values[field.id];
    const outcome = outcomeOf(want, have);
    fields[field.id] = outcome;
    if (outcome === "right" || outcome === "blank-ok") continue;
    const confident =
      (outcome === "wrong" || outcome === "spurious") &&
      confidenceOf(field.paths, extraction.elements) >= CONFIDENT;
    if (confident) confidentWrong.push(field.id);
    misses.push({
      field: field.id,
      outcome,
      expected: show(want),
      got: show(have),
      ...(confident ? { confident } : {}),
    });
  }

  const refKey = (r: { type: string; number?: string | undefined; symbol?: string | undefined }) =>
    `${r.type} ${r.number?.trim() ?? ""} ${symbolText(r.symbol) ?? ""}`;
  const numbered = (extraction.plan?.references ?? []).filter((r) => (r.number ?? "").trim() !== "");
  const refs = matchByKey(key.references, numbered, refKey, refKey);
  let rolesRight = 0;
  for (const [w, h] of refs.pairs) {
    if (w.role === h.role) rolesRight += 1;
    else
      misses.push({
        field: "reference-role",
        outcome: "wrong",
        expected: `${refKey(w)}: ${w.role}`,
        got: h.role,
      });
  }
  for (const w of refs.unmatched)
    misses.push({ field: "references", outcome: "missed", expected: refKey(w), got: "—" });
  for (const h of refs.spurious)
    misses.push({ field: "references", outcome: "spurious", expected: "—", got: `${refKey(h)} (${h.role})` });

  const mentionKey = (m: { number?: string | undefined; symbol?: string | undefined }) =>
    `${m.number?.trim() ?? ""} ${symbolText(m.symbol, m.number) ?? ""}`.trim() || "(no number)";
  const mentions = matchByKey(key.mentions, extraction.mentions ?? [], mentionKey, mentionKey);
  for (const w of mentions.unmatched)
    misses.push({ field: "mentions", outcome: "missed", expected: mentionKey(w), got: "—" });
  for (const h of mentions.spurious)
    misses.push({ field: "mentions", outcome: "spurious", expected: "—", got: mentionKey(h) });

  return {
    fields,
    references: { tp: refs.pairs.length, fp: refs.spurious.length, fn: refs.unmatched.length },
    referenceRoles: { right: rolesRight, matched: refs.pairs.length },
    mentions: { tp: mentions.pairs.length, fp: mentions.spurious.length, fn: mentions.unmatched.length },
    confidentWrong,
    misses,
  };
}

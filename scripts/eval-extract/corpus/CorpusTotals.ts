import type { DocumentKind } from "@parcomms/core";
import { addTally, emptyTally, type Tally } from "../score/Tally";
import { CORPUS_FIELDS, type CorpusField } from "./CORPUS_FIELDS";
import type { DocumentScore, FieldOutcome } from "./scoreDocument";

/** How many documents had each outcome on one field, and how many of the wrong ones were confident. */
export type FieldCounts = Record<FieldOutcome, number> & { confidentWrong: number };

/** The sums of `scoreDocument` over a set of documents (one kind, or all). */
export interface CorpusTotals {
  documents: number;
  /** Documents whose extraction failed (the extractor threw, or the reader gave no extraction). */
  errors: number;
  fields: Record<CorpusField, FieldCounts>;
  references: Tally;
  referenceRoles: { right: number; matched: number };
  mentions: Tally;
  /** Confident-wrong fields over all documents. */
  confidentWrong: number;
}

/** The columns of the corpus table: each document kind, then all. */
export const KIND_COLUMNS = [
  "plan",
  "decision-with-plan",
  "about-plan",
  "other",
  "all",
] as const satisfies readonly (DocumentKind | "all")[];
export type KindColumn = (typeof KIND_COLUMNS)[number];

/**
 * Totals with nothing counted.
 *
 * @example
 * emptyCorpusTotals().fields.title.right // 0
 */
export function emptyCorpusTotals(): CorpusTotals {
  const fields = {} as Record<CorpusField, FieldCounts>;
  for (const f of CORPUS_FIELDS)
    fields[f.id] = { right: 0, wrong: 0, missed: 0, spurious: 0, "blank-ok": 0, confidentWrong: 0 };
  return {
    documents: 0,
    errors: 0,
    fields,
    references: emptyTally(),
    referenceRoles: { right: 0, matched: 0 },
    mentions: emptyTally(),
    confidentWrong: 0,
  };
}

/**
 * Adds one document's score into totals and returns them.
 *
 * @example
 * addDocumentScore(emptyCorpusTotals(), scoreDocument(extraction, key), false).documents // 1
 */
export function addDocumentScore(totals: CorpusTotals, score: DocumentScore, failed: boolean): CorpusTotals {
  totals.documents += 1;
  if (failed) totals.errors += 1;
  for (const f of CORPUS_FIELDS) totals.fields[f.id][score.fields[f.id]] += 1;
  for (const f of score.confidentWrong) totals.fields[f].confidentWrong += 1;
  addTally(totals.references, score.references);
  totals.referenceRoles.right += score.referenceRoles.right;
  totals.referenceRoles.matched += score.referenceRoles.matched;
  addTally(totals.mentions, score.mentions);
  totals.confidentWrong += score.confidentWrong.length;
  return totals;
}

/**
 * A field's accuracy among the documents that state it (right / (right + wrong + missed)); `undefined`
 * when none states it. Spurious values are counted apart.
 *
 * @example
 * fieldAccuracy({ right: 9, wrong: 1, missed: 0, spurious: 2, "blank-ok": 3, confidentWrong: 1 }) // 0.9
 */
export function fieldAccuracy(counts: FieldCounts): number | undefined {
  const stated = counts.right + counts.wrong + counts.missed;
  return stated === 0 ? undefined : counts.right / stated;
}

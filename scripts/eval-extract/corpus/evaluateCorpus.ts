import type { DocumentKind } from "@parcomms/core";
import { damageVariants, VARIANT_NAMES, type VariantName } from "../damage/damageVariants";
import { runningHeader } from "../damage/runningHeader";
import { idSeed } from "./_lib/idSeed";
import {
  addDocumentScore,
  type CorpusTotals,
  emptyCorpusTotals,
  KIND_COLUMNS,
  type KindColumn,
} from "./CorpusTotals";
import type { CorpusDocument } from "./loadCorpus";
import type { ScorableExtraction } from "./ScorableExtraction";
import { type DocumentScore, scoreDocument } from "./scoreDocument";

/** The corpus's variants: the clean text, the text as a .docx, as a PDF, then each damage of `damageVariants`. */
export const CORPUS_VARIANTS = [
  "clean",
  "docx",
  "pdf",
  ...VARIANT_NAMES.filter((v) => v !== "clean"),
] as const;
export type CorpusVariant = "docx" | "pdf" | VariantName;

/** What the corpus harness needs of an extractor; `extractPlan` of `@parcomms/core/extract` is one. */
export type CorpusExtractor = (text: string, options: { sourceName: string }) => ScorableExtraction;

/** One document on one variant. */
export interface CorpusDocumentEvaluation {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly score: DocumentScore;
  /** Set when the extractor threw or the reader gave no extraction (scored as an empty extraction). */
  readonly error?: string;
}

/** Every document on one variant, with totals per document kind (by the key's kind) and for all. */
export interface CorpusVariantEvaluation {
  readonly variant: CorpusVariant;
  readonly documents: readonly CorpusDocumentEvaluation[];
  readonly totals: Record<KindColumn, CorpusTotals>;
}

/** The corpus evaluation. */
export interface CorpusEvaluation {
  readonly seed: number;
  readonly variants: readonly CorpusVariantEvaluation[];
}

/** Options of {@link evaluateCorpus}. */
export interface EvaluateCorpusOptions {
  /** Seed of the damage; a document's is this plus a number from its id. 1 by default. */
  readonly seed?: number;
  /** Reads a text as a .docx into an extraction; without it the docx variant is left out. */
  readonly readDocx?: (text: string, name: string) => Promise<ScorableExtraction>;
  /** Reads a text as a PDF into an extraction; without it the pdf variant is left out. */
  readonly readPdf?: (text: string, name: string) => Promise<ScorableExtraction>;
  /** The variants to run; all of {@link CORPUS_VARIANTS} by default. */
  readonly variants?: readonly CorpusVariant[];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs an extractor on every corpus document, clean, as a .docx (through
 * `readDocx`), as a PDF (through `readPdf`) and in each damaged variant (Windows line ends, NFD, hard
 * wrap, doubled blank lines, page furniture, all together), and scores each
 * extraction against the document's key with `scoreDocument`. An extractor
 * that throws, or a reader that gives no extraction, scores as an empty
 * extraction with the error kept.
 *
 * @param extract - the extractor, called as `extract(text, { sourceName })`
 * @param documents - from `loadCorpus`
 * @param options - seed, .docx and PDF readers, variants
 * @returns per variant, each document's score and the totals per document kind and for all
 * @example
 * const evaluation = await evaluateCorpus(extractPlan, loadCorpus().documents, { readDocx: readDocxExtraction });
 * evaluation.variants[0]?.totals.all.fields.title.right // 41
 */
export async function evaluateCorpus(
  extract: CorpusExtractor,
  documents: readonly CorpusDocument[],
  options: EvaluateCorpusOptions = {},
): Promise<CorpusEvaluation> {
  const seed = options.seed ?? 1;
  const readers = { docx: options.readDocx, pdf: options.readPdf };
  const wanted = (options.variants ?? CORPUS_VARIANTS).filter(
    (v) => (v !== "docx" && v !== "pdf") || readers[v] !== undefined,
  );
  const runs = new Map<CorpusVariant, CorpusDocumentEvaluation[]>(wanted.map((v) => [v, []]));
  const record = (variant: CorpusVariant, doc: CorpusDocument, got: ScorableExtraction, error?: string) =>
    runs.get(variant)?.push({
      id: doc.id,
      kind: doc.key.documentKind,
      score: scoreDocument(got, doc.key),
      ...(error === undefined ? {} : { error }),
    });
  for (const doc of documents) {
    const damaged = damageVariants(doc.text, {
      seed: seed + idSeed(doc.id),
      header: corpusRunningHeader(doc),
    });
    for (const variant of wanted) {
      if (variant === "docx" || variant === "pdf") {
        const reader = readers[variant] as NonNullable<(typeof readers)[typeof variant]>;
        try {
          record(variant, doc, await reader(doc.text, `${doc.id}.${variant}`));
        } catch (error) {
          record(variant, doc, {}, message(error));
        }
        continue;
      }
      const text = damaged.find((d) => d.name === variant)?.text ?? doc.text;
      try {
        record(variant, doc, extract(text, { sourceName: `${doc.id}.txt#${variant}` }));
      } catch (error) {
        record(variant, doc, {}, message(error));
      }
    }
  }
  return {
    seed,
    variants: wanted.map((variant) => {
      const docs = runs.get(variant) ?? [];
      const totals = Object.fromEntries(KIND_COLUMNS.map((k) => [k, emptyCorpusTotals()])) as Record<
        KindColumn,
        CorpusTotals
      >;
      for (const d of docs) {
        addDocumentScore(totals[d.kind], d.score, d.error !== undefined);
        addDocumentScore(totals.all, d.score, d.error !== undefined);
      }
      return { variant, documents: docs, totals };
    }),
  };
}

/**
 * The running header of a corpus document's printed pages: a plan's (or a decision's plan's) "KẾ HOẠCH"
 * and its title's first words; for a text that is not a plan, its title's first words, else its first line's.
 */
function corpusRunningHeader(doc: CorpusDocument): string {
  const { documentKind } = doc.key;
  const title = doc.key.title ?? undefined;
  if (documentKind === "plan" || documentKind === "decision-with-plan") return runningHeader({ title });
  const firstLine = doc.text.split("\n").find((line) => line.trim() !== "");
  return runningHeader({ title: title ?? firstLine?.trim() }, "");
}

import { AdministrativeLevel, DocumentKind, DocumentType, IssuerBody, UnitKind } from "@parcomms/core";
import { z } from "zod";

/** "2024-01-22", "2024-01" (day blank) or "2024" (day and month blank). */
const KeyDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
const Year = z.string().regex(/^\d{4}$/);
const KeyPeriod = z.strictObject({ start: Year, end: Year, horizon: z.number().int().optional() });

/** A document the text cites by number (and symbol), as a person would key it. */
export const KeyReference = z.strictObject({
  type: DocumentType,
  number: z.string().min(1),
  /** Canonical capitals, no spaces: "31/KH-UBND", "16-CTr/TU", "5104/BTTTT-PTTH&TTĐT". */
  symbol: z.string().min(1).optional(),
  date: KeyDate.optional(),
  role: z.enum(["parent-plan", "basis", "cited"]),
});

/** A plan a text names without being it. */
export const KeyMention = z.strictObject({
  number: z.string().min(1).optional(),
  symbol: z.string().min(1).optional(),
  issueDate: KeyDate.optional(),
  issuerBody: IssuerBody.optional(),
  level: AdministrativeLevel.optional(),
  period: KeyPeriod.optional(),
  title: z.string().min(1).optional(),
});

/**
 * The answer key of one corpus document (`tests/corpus/documents/<id>.key.json`),
 * written by hand from the text: what a careful reader would record. `null`
 * means the text does not state the field; the extractor must then leave it
 * blank (or give it with confidence below 0.8 and an issue).
 */
export const CorpusKey = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The text file beside the key. */
  file: z.string().regex(/\.txt$/),
  documentKind: DocumentKind,
  era: z.enum(["three-tier", "two-tier"]),
  /** Free tags of the shapes the text takes (see tests/corpus/README.md). */
  shapes: z.array(z.string().min(1)),
  /** The plan's number; for decision-with-plan whose plan has none of its own, the decision's; about-plan and other: the text's own. */
  number: z.string().min(1).nullable(),
  symbol: z.string().min(1).nullable(),
  issueDate: KeyDate.nullable(),
  issuer: z.strictObject({ body: IssuerBody, level: AdministrativeLevel }).nullable(),
  unit: z.strictObject({ name: z.string().min(1), kind: UnitKind, level: AdministrativeLevel }).nullable(),
  period: KeyPeriod.nullable(),
  /** The summary (trích yếu) under the type line, joined with single spaces, as printed. */
  title: z.string().min(1).nullable(),
  /** decision-with-plan only: the decision's own header. */
  decision: z
    .strictObject({
      number: z.string().min(1).nullable(),
      symbol: z.string().min(1).nullable(),
      issueDate: KeyDate.nullable(),
      title: z.string().min(1).nullable(),
    })
    .optional(),
  /** Every document cited with a number, except the text itself, the decision and its plan, and the mentions. */
  references: z.array(KeyReference),
  /** about-plan: the plans it names (other kinds: usually empty). */
  mentions: z.array(KeyMention),
  notes: z.string().optional(),
});
export type CorpusKey = z.infer<typeof CorpusKey>;

import { z } from "zod";
import { LineRange } from "./LineRange";
import { PartialDate } from "./PartialDate";

/** Kind of legal or administrative document, by its Vietnamese name (see the `documentTypes` codelist). */
export const DocumentType = z
  .enum([
    "ke-hoach",
    "quyet-dinh",
    "nghi-quyet",
    "chi-thi",
    "cong-van",
    "thong-tu",
    "nghi-dinh",
    "luat",
    "thong-bao",
    "de-an",
    "chuong-trinh",
    "huong-dan",
    "ket-luan",
    "quy-dinh",
    "to-trinh",
    "bao-cao",
  ])
  .describe(
    "Document type: ke-hoach (Kế hoạch), quyet-dinh, nghi-quyet, chi-thi, cong-van, thong-tu, nghi-dinh, luat, … to-trinh (Tờ trình), bao-cao (Báo cáo).",
  );
export type DocumentType = z.infer<typeof DocumentType>;

/** A cited document: "Kế hoạch số 31/KH-UBND ngày 21/02/2024 của UBND huyện Sơn Tây". */
export const LegalReference = z
  .object({
    type: DocumentType,
    number: z
      .string()
      .optional()
      .describe('Number as written, leading zeros kept ("049"); absent when not given.'),
    typeCode: z.string().min(1).optional().describe("Type code in the symbol (KH, QĐ, NQ, CT)."),
    issuerCode: z.string().min(1).optional().describe("Issuer code in the symbol (UBND, CP, TTg, TU, BNV)."),
    symbol: z
      .string()
      .optional()
      .describe('Normalised symbol: "31/KH-UBND" (state style) or "04-NQ/TU" (Party style).'),
    date: PartialDate.optional(),
    issuer: z
      .string()
      .min(1)
      .optional()
      .describe('Issuing body as written ("UBND huyện Sơn Tây", "Chính phủ").'),
    title: z.string().min(1).optional().describe('Subject as written ("về việc ban hành …").'),
    role: z
      .enum(["parent-plan", "basis", "cited"])
      .describe(
        "parent-plan: the plan this one implements; basis: cited as căn cứ; cited: mentioned in the content.",
      ),
    raw: z.string().min(1).optional().describe("The reference as written."),
    lines: LineRange.optional(),
    note: z
      .string()
      .min(1)
      .optional()
      .describe("An analyst's note, e.g. why this is (or is not) the parent plan."),
  })
  .describe("A cited legal or administrative document.");
export type LegalReference = z.infer<typeof LegalReference>;

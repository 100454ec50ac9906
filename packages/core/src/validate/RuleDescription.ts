import type { LocalizedText } from "../model/LocalizedText";
import type { IssueSeverity } from "./ValidationIssue";

/**
 * What a message parameter holds, so `formatIssue` can render it in each
 * language: plain text, a number, a partial date ("2024-01" → "01/2024" in
 * Vietnamese), or a code of a model vocabulary that has labels.
 */
export type ParamKind =
  | "text"
  | "number"
  | "date"
  | "recurrence-unit"
  | "output-unit"
  | "level"
  | "cadence"
  | "era";

/**
 * One entry of the rule catalogue (danh mục quy tắc kiểm tra): what a code
 * means, how serious it is, its message in English and Vietnamese, and how
 * to fix what it reports.
 *
 * @example
 * const entry: RuleDescription = {
 *   code: "header.number-not-stated",
 *   severity: "warning",
 *   title: { en: "Document number left blank", vi: "Số văn bản để trống" },
 *   message: { en: "The document number is left blank.", vi: "Số văn bản để trống." },
 *   params: {},
 *   description: "The number slot of the header is there but empty.",
 *   example: { source: "001_ec564b67ad28c11a.txt:3", text: "Số: /KH-UBND" },
 *   fix: "Keep NotStated when the document really leaves it blank.",
 * };
 */
export interface RuleDescription {
  /** Stable code, never reused: `family.name`. */
  readonly code: string;
  /** error: broken data (the plan is not usable); warning: a mistake of the document; info: a note. */
  readonly severity: IssueSeverity;
  /** A short title. */
  readonly title: LocalizedText;
  /** The message, with `{param}` placeholders filled from the issue's params. */
  readonly message: LocalizedText;
  /** Every parameter an issue of this code carries, with what it holds. */
  readonly params: Readonly<Record<string, ParamKind>>;
  /** What the issue means (English). */
  readonly description: string;
  /** An example; `source` cites a seed plan as "file:line" when the example is real. */
  readonly example?: { readonly text: string; readonly source?: string };
  /** How to fix it (English). */
  readonly fix: string;
}

import type { LineRange } from "../model/LineRange";
import type { Plan } from "../model/Plan";
import type { DocumentKind, IssuingDecision, PlanMention } from "../model/PlanMention";

/**
 * Where one extracted element came from: a JSON Pointer into the plan, the
 * lines of the input it was read from, and how sure the extractor is.
 *
 * @example
 * const element: ExtractedElement = { path: "/activities/3/assignees/0", lines: { start: 95, end: 95 }, confidence: 0.8 };
 */
export interface ExtractedElement {
  /** JSON Pointer into the plan ("/activities/3/lead", "/title"). */
  path: string;
  /** 1-based, inclusive lines of the input text. */
  lines: LineRange;
  /** 0..1: 0.9 read from a fixed slot (number line, table cell), 0.5–0.7 guessed from loose text. */
  confidence: number;
}

/**
 * Something the extractor could not read, as data: a stable code, a
 * severity, the lines, parameters, and the message in Vietnamese and English.
 *
 * @example
 * const issue: ExtractionIssue = {
 *   code: "extract.header.number-missing", severity: "info", params: {},
 *   message: { vi: "Văn bản không có dòng số, ký hiệu.", en: "The text has no number line." },
 * };
 */
export interface ExtractionIssue {
  code: string;
  severity: "error" | "warning" | "info";
  lines?: LineRange;
  params: Record<string, string | number>;
  message: { vi: string; en: string };
}

/**
 * What {@link extractPlan} returns: a draft plan that parses with the `Plan`
 * schema, the provenance of every element, and the issues met.
 *
 * @example
 * const { plan, elements, issues } = extractPlan(text);
 */
export interface PlanExtraction {
  /** What the text is: a plan, a decision issuing one, a text about one, or other (see `DocumentKind`). */
  documentKind: DocumentKind;
  /** The draft plan: the plan's own text, or the one a decision issues; for `about-plan` and `other`, what the text gives of its own header. */
  plan: Plan;
  /** For `decision-with-plan`: the decision's own number, symbol, date and summary. */
  decision?: IssuingDecision;
  /** Plans the text names without being them (for `about-plan` above all); empty when none. */
  mentions: PlanMention[];
  elements: ExtractedElement[];
  issues: ExtractionIssue[];
}

import { foldText } from "../../_lib/fold";
import type { DocumentKind } from "../../model/PlanMention";
import type { HeaderFields } from "./readHeader";
import type { Section } from "./splitSections";

/** The topics of a plan's own sections: two of them make a text a plan's body. */
const PLAN_TOPICS = new Set(["purposes", "requirements", "audiences", "content", "forms", "assignments"]);
/** A plan named as the subject of what is said: "Kế hoạch số 45/KH-UBND", "ban hành kế hoạch tuyên truyền …". */
const NAMES_A_PLAN =
  /\bke hoach so\s*\d|\b(?:ban hanh|trien khai|thuc hien|xay dung|phe duyet|trien khai thuc hien|to chuc thuc hien)\b(?:[^.;]{0,40})?\bke hoach\b/;
/** A decision that issues or approves a plan. */
const ISSUES_A_PLAN =
  /\b(?:ban hanh|phe duyet)\b(?:[^.;]{0,30})?\bke hoach\b|\bkem theo quyet dinh nay\b[^.;]{0,20}\bke hoach\b/;
/** The sentence with which a plan issues itself: "UBND xã X ban hành Kế hoạch … như sau:". */
const ISSUES_ITSELF = /\b(?:ban hanh|xay dung)\b[^.;]{0,200}\bke hoach\b[^.;]{0,200}\bnhu sau\s*:/;

/**
 * What kind of document a text is, by the standard parts it has: a type line
 * "KẾ HOẠCH" makes a plan; a "QUYẾT ĐỊNH" that issues or approves a plan (its
 * summary or articles say so, or a plan's text follows it) a
 * decision-with-plan; a text with no type line is a plan when its body has a
 * plan's sections (purposes, content, forms, assignments: two of them) or
 * issues itself ("… ban hành Kế hoạch … như sau:"). Any other text that names
 * a plan as its subject (a report, a letter, a news item) is about-plan;
 * the rest is other.
 *
 * @param input - the header, whether a plan's text follows a decision, the sections, and the text after the header
 * @returns the kind
 * @example
 * classifyDocument({ header: { type: "ke-hoach", … }, attached: false, sections: [], body: "" }); // "plan"
 */
export function classifyDocument(input: {
  readonly header: HeaderFields;
  readonly attached: boolean;
  readonly sections: readonly Section[];
  /** The text after the header, without its "Căn cứ …" lines. */
  readonly body: string;
}): DocumentKind {
  const { header, attached, sections } = input;
  const body = foldText(input.body);
  const title = foldText(header.title?.text ?? "");
  if (header.type === "ke-hoach") return "plan";
  if (header.type === "quyet-dinh") {
    if (attached || ISSUES_A_PLAN.test(title) || ISSUES_A_PLAN.test(body)) return "decision-with-plan";
    return NAMES_A_PLAN.test(body) || /\bke hoach\b/.test(title) ? "about-plan" : "other";
  }
  if (header.type === undefined) {
    const topics = new Set(sections.map((s) => s.topic).filter((t) => PLAN_TOPICS.has(t)));
    if (topics.size >= 2 || ISSUES_ITSELF.test(body)) return "plan";
  }
  return NAMES_A_PLAN.test(body) || /\bke hoach\b/.test(title) ? "about-plan" : "other";
}

import { PLAN_SCHEMA_VERSION, Plan } from "../model/Plan";
import { type BuiltPlan, buildPlan } from "./_lib/buildPlan";
import { createContext } from "./_lib/context";
import type { PlanExtraction } from "./PlanExtraction";

/** Options of {@link extractPlan}. */
export interface ExtractPlanOptions {
  /** Name of the source document (file name or URL); goes into the plan's id and provenance. Default `"extracted.txt"`. */
  sourceName?: string;
}

/** A draft with nothing read: no title, unit, issuer or period is invented for it. */
function minimalPlan(sourceName: string): Plan {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: sourceName.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "") || "extracted",
    documentType: "plan",
    status: "issued",
    references: [],
    purposes: [],
    requirements: [],
    audiences: [],
    contentItems: [],
    formsItems: [],
    activities: [],
    offices: [],
    assigneeGroups: [],
    reporting: [],
    targets: [],
    recipients: [],
    provenance: { document: sourceName, method: "extracted", synthetic: false },
  };
}

/**
 * Reads the plain text of a plan (as it comes out of a PDF or a Word file)
 * into a draft plan (bản nháp kế hoạch): header, cited documents, sections,
 * activities with their offices and times, themes and channels, each element
 * with the lines it came from and a confidence, and the issues met.
 *
 * Text damaged by extraction is read too: Windows line endings, NFD, lines
 * hard-wrapped every 70–80 characters, doubled blank lines, page numbers and
 * running headers. It never throws: an internal failure becomes an
 * `extract.internal-error` issue with a minimal plan, and the plan always
 * parses with the `Plan` schema.
 *
 * @param text - the document's text
 * @param options - see {@link ExtractPlanOptions}
 * @returns the draft plan, its elements' provenance, and the issues
 * @example
 * const { plan, issues } = extractPlan(text, { sourceName: "003.txt" });
 * plan.unit.name; // "Gia Tân"
 * plan.activities.filter((a) => a.origin.section === "appendix-row").length; // 8
 */
export function extractPlan(text: string, options: ExtractPlanOptions = {}): PlanExtraction {
  const sourceName = options.sourceName?.trim() || "extracted.txt";
  const ctx = createContext();
  if (typeof text !== "string" || text.trim() === "") {
    ctx.issue("extract.input.empty");
    return {
      documentKind: "other",
      plan: minimalPlan(sourceName),
      mentions: [],
      elements: [],
      issues: ctx.issues,
    };
  }
  let built: BuiltPlan;
  try {
    built = buildPlan(text, sourceName, ctx);
  } catch (error) {
    ctx.issue("extract.internal-error", {
      step: "buildPlan",
      detail: String((error as Error)?.message ?? error).slice(0, 200),
    });
    return {
      documentKind: "other",
      plan: minimalPlan(sourceName),
      mentions: [],
      elements: [],
      issues: ctx.issues,
    };
  }
  const checked = Plan.safeParse(built.plan);
  if (!checked.success) {
    const first = checked.error.issues[0];
    ctx.issue("extract.schema.invalid", {
      detail: `${first?.path.join("/") ?? ""}: ${first?.message ?? ""}`.slice(0, 200),
    });
    const fallback = minimalPlan(sourceName);
    return {
      documentKind: built.documentKind,
      plan: { ...fallback, ...(built.plan.title ? { title: built.plan.title } : {}) },
      mentions: [],
      elements: ctx.elements.filter((e) => e.path === "/title"),
      issues: ctx.issues,
    };
  }
  return {
    documentKind: built.documentKind,
    plan: checked.data,
    ...(built.decision ? { decision: built.decision } : {}),
    mentions: built.mentions,
    elements: ctx.elements,
    issues: ctx.issues,
  };
}

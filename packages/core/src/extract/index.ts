/**
 * @parcomms/core/extract: turn the plain text of a published plan into a draft plan.
 *
 * @packageDocumentation
 */
export { type ExtractionIssueCode, extractionMessages } from "./extractionMessages";
export { type ExtractPlanOptions, extractPlan } from "./extractPlan";
export type { ExtractedElement, ExtractionIssue, PlanExtraction } from "./PlanExtraction";

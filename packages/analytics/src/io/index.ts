export { makeReadIssue, type ReadIssueCode, type ReadIssuePlace } from "./makeReadIssue";
export type {
  PlanFileFormat,
  PlanFileInput,
  PlanSource,
  ReadIssue,
  ReadPlan,
  ReadPlansResult,
} from "./ReadPlansResult";
export { type ReadPlanFilesOptions, readPlanFiles } from "./readPlanFiles";
export { readPlanFilesAsync } from "./readPlanFilesAsync";

import { makeReadIssue } from "../makeReadIssue";
import type { ReadIssue, ReadPlan } from "../ReadPlansResult";
import { jsonErrorPlace } from "./jsonErrorPlace";
import { readDocument } from "./readDocument";

/** Plans of a JSON file: one plan (an object) or an array of plans, each element read on its own. */
export function readJsonFile(
  file: string,
  text: string,
  validate: boolean,
): { plans: ReadPlan[]; issues: ReadIssue[] } {
  if (text.trim() === "") return { plans: [], issues: [makeReadIssue("io.empty", file)] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { reason, line } = jsonErrorPlace(error, text);
    return {
      plans: [],
      issues: [makeReadIssue("io.bad-json", file, { reason }, line === undefined ? {} : { line })],
    };
  }
  const documents = Array.isArray(value)
    ? value.map((element, i) => ({ element, prefix: `/${i}` }))
    : [{ element: value, prefix: "" }];
  if (documents.length === 0)
    return { plans: [], issues: [makeReadIssue("io.empty", file, {}, {}, "warning")] };
  const plans: ReadPlan[] = [];
  const issues: ReadIssue[] = [];
  for (const { element, prefix } of documents) {
    const read = readDocument(element, { file, format: "json", prefix }, validate);
    if (read.plan) plans.push(read.plan);
    for (const item of read.issues) issues.push(item);
  }
  return { plans, issues };
}

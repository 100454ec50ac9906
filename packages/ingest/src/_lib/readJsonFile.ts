import { makeReadIssue } from "../makeReadIssue";
import type { ReadIssue, ReadPlan } from "../ReadPlansResult";
import { IssueCap } from "./IssueCap";
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
  if (Array.isArray(value) && value.length === 0)
    return { plans: [], issues: [makeReadIssue("io.empty", file, {}, {}, "warning")] };
  const plans: ReadPlan[] = [];
  const issues = new IssueCap(file);
  const readOne = (element: unknown, prefix: string) => {
    // past the cap, a value that is no object (a number, a string) is one structural error: counted, not built
    if (issues.full && (typeof element !== "object" || element === null || Array.isArray(element))) {
      issues.count();
      return;
    }
    const read = readDocument(element, { file, format: "json", prefix }, validate);
    if (read.plan) plans.push(read.plan);
    for (const item of read.issues) issues.add(item);
  };
  if (Array.isArray(value)) for (const [i, element] of value.entries()) readOne(element, `/${i}`);
  else readOne(value, "");
  return { plans, issues: issues.list() };
}

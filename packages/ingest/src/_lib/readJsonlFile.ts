import { makeReadIssue } from "../makeReadIssue";
import type { ReadIssue, ReadPlan } from "../ReadPlansResult";
import { IssueCap } from "./IssueCap";
import { readDocument } from "./readDocument";

/**
 * Plans of a JSON Lines file, one plan a line (the lines sample-data's
 * `plansToJsonl` writes). Like its `plansFromJsonl`, a bad line never stops
 * the others and blank lines are skipped; unlike it, a line that is not a plan
 * is reported with core's structural issues and their JSON Pointer paths, in
 * both languages.
 */
export function readJsonlFile(
  file: string,
  text: string,
  validate: boolean,
): { plans: ReadPlan[]; issues: ReadIssue[] } {
  const plans: ReadPlan[] = [];
  const cap = new IssueCap(file);
  let anyIssue = false;
  text.split(/\r?\n/).forEach((source, i) => {
    const line = i + 1;
    if (source.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      anyIssue = true;
      cap.add(makeReadIssue("io.bad-json", file, { reason }, { line }));
      return;
    }
    if (cap.full && (typeof value !== "object" || value === null || Array.isArray(value))) {
      anyIssue = true;
      cap.count();
      return;
    }
    const read = readDocument(value, { file, format: "jsonl", prefix: "", line }, validate);
    if (read.plan) plans.push(read.plan);
    for (const item of read.issues) {
      anyIssue = true;
      cap.add(item);
    }
  });
  if (plans.length === 0 && !anyIssue) return { plans, issues: [makeReadIssue("io.empty", file)] };
  return { plans, issues: cap.list() };
}

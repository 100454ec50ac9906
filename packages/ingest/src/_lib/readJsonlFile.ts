import { makeReadIssue } from "../makeReadIssue";
import type { ReadIssue, ReadPlan } from "../ReadPlansResult";
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
  const issues: ReadIssue[] = [];
  text.split(/\r?\n/).forEach((source, i) => {
    const line = i + 1;
    if (source.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      issues.push(makeReadIssue("io.bad-json", file, { reason }, { line }));
      return;
    }
    const read = readDocument(value, { file, format: "jsonl", prefix: "", line }, validate);
    if (read.plan) plans.push(read.plan);
    for (const item of read.issues) issues.push(item);
  });
  if (plans.length === 0 && issues.length === 0) issues.push(makeReadIssue("io.empty", file));
  return { plans, issues };
}

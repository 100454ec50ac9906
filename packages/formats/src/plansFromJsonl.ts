import { Plan } from "@parcomms/core";

/** A line of JSON Lines that gave no plan: `jsonl.bad-json` (not JSON) or `jsonl.invalid-plan` (not a plan). */
export interface JsonlError {
  /** Line number, 1-based. */
  readonly line: number;
  readonly code: "jsonl.bad-json" | "jsonl.invalid-plan";
  readonly message: string;
}

/**
 * Plans read from JSON Lines (đọc JSON Lines), one plan a line: each line is
 * parsed as JSON and checked with `Plan.safeParse`. A bad line is reported
 * with its number and never stops the others. Accepts a BOM and CRLF line
 * ends; blank lines are skipped.
 *
 * @param text - JSON Lines text, as {@link plansToJsonl} writes it
 * @returns the plans of the good lines, in order, and an error for each bad line
 * @example
 * const { plans, errors } = plansFromJsonl(`${plansToJsonl([plan003])}{"id":1}\n`);
 * plans.length // 1
 * errors[0]?.code // "jsonl.invalid-plan"
 */
export function plansFromJsonl(text: string): { plans: Plan[]; errors: JsonlError[] } {
  const plans: Plan[] = [];
  const errors: JsonlError[] = [];
  const lines = (text.startsWith("\uFEFF") ? text.slice(1) : text).split(/\r?\n/);
  lines.forEach((source, i) => {
    const line = i + 1;
    if (source.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      errors.push({ line, code: "jsonl.bad-json", message: `line ${line} is not JSON: ${reason}` });
      return;
    }
    const result = Plan.safeParse(value);
    if (result.success) {
      plans.push(result.data);
      return;
    }
    const issues = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".") || "(plan)"}: ${issue.message}`)
      .join("; ");
    const more = result.error.issues.length > 3 ? ` (and ${result.error.issues.length - 3} more)` : "";
    errors.push({
      line,
      code: "jsonl.invalid-plan",
      message: `line ${line} is not a plan: ${issues}${more}`,
    });
  });
  return { plans, errors };
}

import { migratePlan, Plan, READABLE_SCHEMA_VERSIONS, type ValidationIssue } from "@parcomms/core";

/**
 * A line of JSON Lines that gave no plan: `jsonl.bad-json` (not JSON),
 * `jsonl.unknown-version` (a schemaVersion no reader knows, such as "2.0")
 * or `jsonl.invalid-plan` (not a plan).
 */
export interface JsonlError {
  /** Line number, 1-based. */
  readonly line: number;
  readonly code: "jsonl.bad-json" | "jsonl.unknown-version" | "jsonl.invalid-plan";
  readonly message: string;
}

/** An issue of a line that gave a plan: `schema.migrated` (info) for a plan saved in 1.0, with its line. */
export type JsonlIssue = ValidationIssue & { readonly line: number };

const READABLE_VERSIONS = READABLE_SCHEMA_VERSIONS;

/**
 * Plans read from JSON Lines (đọc JSON Lines), one plan a line: each line is
 * parsed as JSON, migrated to the current schema with core's `migratePlan`
 * (a plan saved in 1.0 gives an info issue `schema.migrated`) and checked
 * with `Plan.safeParse`. A bad line is reported with its number and never
 * stops the others. Accepts a BOM and CRLF line ends; blank lines are skipped.
 *
 * @param text - JSON Lines text, as {@link plansToJsonl} writes it
 * @returns the plans of the good lines, in order, an error for each bad line,
 *   and the info issues of the good ones
 * @example
 * const { plans, errors } = plansFromJsonl(`${plansToJsonl([plan003])}{"id":1}\n`);
 * plans.length // 1
 * errors[0]?.code // "jsonl.invalid-plan"
 * plansFromJsonl(savedIn10).issues[0]?.code // "schema.migrated"
 */
export function plansFromJsonl(text: string): { plans: Plan[]; errors: JsonlError[]; issues: JsonlIssue[] } {
  const plans: Plan[] = [];
  const errors: JsonlError[] = [];
  const issues: JsonlIssue[] = [];
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
    const version = versionOf(value);
    if (typeof version === "string" && !READABLE_VERSIONS.includes(version)) {
      errors.push({
        line,
        code: "jsonl.unknown-version",
        message: `line ${line} is a plan of schema version ${JSON.stringify(version)}, which cannot be read (readable: ${READABLE_VERSIONS.join(", ")})`,
      });
      return;
    }
    const migrated = migratePlan(value);
    const result = Plan.safeParse(migrated.value);
    if (result.success) {
      plans.push(result.data);
      for (const item of migrated.issues.map((issue) => ({ ...issue, line }))) issues.push(item);
      return;
    }
    const found = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".") || "(plan)"}: ${issue.message}`)
      .join("; ");
    const more = result.error.issues.length > 3 ? ` (and ${result.error.issues.length - 3} more)` : "";
    errors.push({
      line,
      code: "jsonl.invalid-plan",
      message: `line ${line} is not a plan: ${found}${more}`,
    });
  });
  return { plans, errors, issues };
}

function versionOf(value: unknown): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as { schemaVersion?: unknown }).schemaVersion
    : undefined;
}

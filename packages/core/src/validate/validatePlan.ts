import type { GsoCode } from "../model/GsoCode";
import { Plan } from "../model/Plan";
import { compareIssues } from "./_lib/compareIssues";
import { describeError } from "./_lib/describeError";
import { makeIssue } from "./_lib/makeIssue";
import type { RuleContext } from "./_lib/Rule";
import { readParent } from "./_lib/readParent";
import { semanticRules } from "./_lib/semanticRules";
import { MAX_NODES, snapshotInput } from "./_lib/snapshotInput";
import { strippedKeys } from "./_lib/strippedKeys";
import { structuralIssues } from "./_lib/structuralIssues";
import { unknownKeys } from "./_lib/unknownKeys";
import { migratePlan } from "./migratePlan";
import type { ValidationIssue } from "./ValidationIssue";

/** Options of {@link validatePlan}. */
export interface ValidatePlanOptions {
  /**
   * The parent plan (kế hoạch cấp trên) the plan implements, for the parent
   * and reporting rules. Read leniently: each fact the rules need (unit level,
   * issue date, reporting cadences) is used when it is valid on its own, and
   * nothing is reported about the parent itself. Default: none; the plan's
   * own reference with role parent-plan is used instead.
   */
  readonly parent?: unknown;
  /**
   * Whether a GSO unit code exists in its era. When given, the plan's unit
   * code is checked (reference.unknown-unit). Default: codes are not checked.
   */
  readonly unitExists?: (code: GsoCode) => boolean;
}

/** The outcome of {@link validatePlan}. */
export interface ValidationResult {
  /** True when `plan` is present and no issue has severity "error". */
  readonly usable: boolean;
  /** The parsed plan, present when the input is structurally sound (keys the model does not define are left out, and reported). */
  readonly plan?: Plan;
  /** Every issue found, sorted by path, then code. */
  readonly issues: ValidationIssue[];
}

/** Reads the options defensively: a caller in JavaScript may pass anything. */
function ruleContext(options: unknown): RuleContext {
  const read = (key: string): unknown => {
    try {
      return typeof options === "object" && options !== null
        ? (options as Record<string, unknown>)[key]
        : undefined;
    } catch {
      return undefined;
    }
  };
  const unitExists = read("unitExists");
  return {
    parent: readParent(read("parent")),
    unitExists: typeof unitExists === "function" ? (code) => Boolean(unitExists({ ...code })) : undefined,
  };
}

function runRules(plan: Plan, context: RuleContext): ValidationIssue[] {
  return semanticRules.flatMap((rule) => {
    try {
      return rule.check(plan, context);
    } catch (error) {
      return [makeIssue("validation.rule-failed", "", { rule: rule.code, reason: describeError(error) })];
    }
  });
}

function validate(input: unknown, options: unknown): ValidationResult {
  const snapshot = snapshotInput(input);
  if (snapshot.tooLarge) {
    return { usable: false, issues: [makeIssue("structure.too-large", "", { maxNodes: MAX_NODES })] };
  }
  // A plan saved in an earlier schema is read in the current one, with an info issue.
  const migrated = migratePlan(snapshot.value);
  const value = migrated.value;
  const parsed = Plan.safeParse(value);
  // Below a value that could not be read, the schema's complaints only repeat that it is absent.
  const unread = snapshot.issues.map((i) => i.path);
  const isUnread = (path: string) => unread.some((p) => p === "" || path === p || path.startsWith(`${p}/`));
  const issues = [
    ...migrated.issues,
    ...snapshot.issues,
    ...(parsed.success ? [] : structuralIssues(parsed.error.issues, value).filter((i) => !isUnread(i.path))),
    // After a successful parse the keys it stripped are the unknown ones; else the schema is walked.
    ...(parsed.success ? strippedKeys(value, parsed.data) : unknownKeys(Plan, value)),
  ];
  const plan = parsed.success && snapshot.issues.length === 0 ? parsed.data : undefined;
  if (plan) for (const item of runRules(plan, ruleContext(options))) issues.push(item);
  issues.sort(compareIssues);
  const usable = plan !== undefined && !issues.some((i) => i.severity === "error");
  return plan ? { usable, plan, issues } : { usable, issues };
}

/**
 * Validates a plan (kiểm tra kế hoạch): its structure against the `Plan`
 * schema, every key the schema does not define, and the semantic rules of the
 * catalogue (`rules`). Never throws: arbitrary JSON, cyclic objects, getters
 * that throw and huge input all give a result. Issues are data; make their
 * text with `formatIssue`, group them with `groupIssues`.
 *
 * Document mistakes are warnings and leave the plan usable (003's task
 * scheduled "Quý IV/2023" in a 2024 plan); broken data is an error.
 *
 * @param input - anything, typically parsed JSON
 * @param options - the parent plan and a unit-code lookup; see {@link ValidatePlanOptions}
 * @returns `{ usable, plan?, issues }`, issues sorted by path then code
 * @example
 * const result = validatePlan(JSON.parse(text));
 * if (!result.usable) for (const issue of result.issues) console.log(issue.path, formatIssue(issue, "vi"));
 * // 003:430, a task of a 2024 plan scheduled "Quý IV/2023": usable, with a warning
 * // [{ code: "activity.timeframe-outside-period", severity: "warning", path: "/activities/7/timeframe", params: { … } }]
 */
export function validatePlan(input: unknown, options: ValidatePlanOptions = {}): ValidationResult {
  try {
    return validate(input, options);
  } catch (error) {
    return {
      usable: false,
      issues: [makeIssue("validation.internal-error", "", { reason: describeError(error) })],
    };
  }
}

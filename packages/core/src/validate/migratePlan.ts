import { PLAN_SCHEMA_VERSION } from "../model/Plan";
import { makeIssue } from "./_lib/makeIssue";
import type { ValidationIssue } from "./ValidationIssue";

/** The outcome of {@link migratePlan}. */
export interface MigrationResult {
  /** The input in the current schema, or the input itself when it needed no migration. */
  readonly value: unknown;
  /** `schema.migrated` (info) when the input was migrated; else empty. */
  readonly issues: ValidationIssue[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Turns a plan saved in an earlier schema into the current one (1.2),
 * losslessly:
 * - 1.0 → 1.2 raises `schemaVersion` and gives the issuer the tier of the
 *   plan's unit (a 1.0 issuer was always a People's Committee or its Chair,
 *   at the unit's tier); every other 1.0 value is a valid 1.2 value;
 * - 1.1 → 1.2 raises `schemaVersion` only: 1.2 made the title, period,
 *   issuer and the issuer's level optional and added document types, so
 *   every 1.1 value is a valid 1.2 value.
 *
 * Each migration reports the info issue `schema.migrated` with the version
 * it came from. Anything else is returned as it is, for validation to judge.
 * Never throws; never changes its input. `validatePlan` and every reader
 * call it.
 *
 * @param input - a plan as parsed from JSON, of any schema version
 * @returns the plan in the current schema and a `schema.migrated` info issue, or the input unchanged
 * @example
 * const { value, issues } = migratePlan({ schemaVersion: "1.0", unit: { level: "commune" }, issuer: { body: "people-committee" } });
 * (value as { issuer: unknown }).issuer // { body: "people-committee", level: "commune" }
 * issues[0].params // { from: "1.0", to: "1.2" }
 * migratePlan({ schemaVersion: "1.1", id: "002" }).value // { schemaVersion: "1.2", id: "002" }
 */
export function migratePlan(input: unknown): MigrationResult {
  if (!isRecord(input)) return { value: input, issues: [] };
  const from = input.schemaVersion;
  if (from !== "1.0" && from !== "1.1") return { value: input, issues: [] };
  const issues = [makeIssue("schema.migrated", "/schemaVersion", { from, to: PLAN_SCHEMA_VERSION })];
  if (from === "1.1") return { value: { ...input, schemaVersion: PLAN_SCHEMA_VERSION }, issues };
  const unitLevel = isRecord(input.unit) ? input.unit.level : undefined;
  const issuer =
    isRecord(input.issuer) && !("level" in input.issuer) && unitLevel !== undefined
      ? { ...input.issuer, level: unitLevel }
      : input.issuer;
  return { value: { ...input, schemaVersion: PLAN_SCHEMA_VERSION, issuer }, issues };
}

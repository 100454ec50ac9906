import { AdministrativeLevel } from "../../model/AdministrativeLevel";
import { PartialDate } from "../../model/PartialDate";
import { ReportingCadence } from "../../model/Reporting";
import type { ParentFacts } from "./Rule";
import { snapshotInput } from "./snapshotInput";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const field = (v: unknown, key: string): unknown => (isRecord(v) ? v[key] : undefined);

/** The items of a list that are valid cadences; bad items are skipped, not fatal. */
function cadences(list: unknown): ReportingCadence[] {
  return Array.isArray(list)
    ? list.filter((c): c is ReportingCadence => ReportingCadence.safeParse(c).success)
    : [];
}

/**
 * Reads what the parent rules need from a parent plan, leniently: each fact
 * is taken when it is valid on its own, whatever the rest of the parent looks
 * like (a parent encoded by hand, or only in part, still helps). Never throws.
 *
 * @returns the facts found, or undefined when there is no parent or it is not an object
 */
export function readParent(parent: unknown): ParentFacts | undefined {
  if (parent === undefined) return undefined;
  const { value, tooLarge } = snapshotInput(parent);
  if (tooLarge || !isRecord(value)) return undefined;
  const level = AdministrativeLevel.safeParse(field(value.unit, "level"));
  const issueDate = PartialDate.safeParse(value.issueDate);
  const required = cadences(field(value.childPlanRequirements, "reporting"));
  const ownCadences = Array.isArray(value.reporting)
    ? value.reporting.flatMap((r: unknown) => cadences(field(r, "cadences")))
    : [];
  return {
    ...(level.success && { level: level.data }),
    ...(issueDate.success && { issueDate: issueDate.data }),
    ...(required.length > 0 && { requiredReporting: required }),
    ...(ownCadences.length > 0 && { ownReporting: ownCadences }),
  };
}

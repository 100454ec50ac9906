import {
  AdministrativeLevel,
  Era,
  Issuer,
  type NotStated,
  type PartialDate,
  Plan,
  type PlanPeriod,
  Provenance,
  READABLE_SCHEMA_VERSIONS,
  UnitKind,
  UnitMatch,
  type UnitRef,
} from "@parcomms/core";
import { TableFormatError } from "../TableFormatError";
import type { ColumnName } from "./defineTable";
import type { plansTableSpec } from "./plansTableSpec";
import type { RowReader } from "./readTable";

/** `{ [key]: value }`, or `{}` when value is undefined, so no key is ever present with undefined. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A partial date from four columns; absent when the year is null, and then the others must be null too. */
export function partialDateOf<N extends string>(
  r: RowReader<N>,
  year: N,
  month: N,
  day: N,
  raw: N,
): PartialDate | undefined {
  const value = r.optInteger(year);
  const rest = {
    ...opt("month", r.optInteger(month)),
    ...opt("day", r.optInteger(day)),
    ...opt("raw", r.optString(raw)),
  };
  if (value === undefined) {
    for (const name of [month, day, raw])
      if (r.cell(name) !== null) r.fail(name, `is set while ${year} is null`);
    return undefined;
  }
  return { year: value, ...rest };
}

type R = RowReader<ColumnName<typeof plansTableSpec>>;

/** The schema versions the tables can be read from: 1.0 and 1.1 (migrated on reading) and the current one. */
export const READABLE_VERSIONS: readonly string[] = READABLE_SCHEMA_VERSIONS;

/** A plan as read from the tables, in the version they were written in (1.0: no issuer level). */
export type PlanAsRead = Omit<Plan, "schemaVersion"> & { schemaVersion: string };

/** The schema version of a row of `plans`; `table.unknown-version` when no reader knows it. */
export function versionOfRow(r: R): string {
  const schemaVersion = r.string("schema_version");
  if (!READABLE_VERSIONS.includes(schemaVersion)) {
    throw new TableFormatError(
      "table.unknown-version",
      "plans",
      `schema version ${JSON.stringify(schemaVersion)} cannot be read (readable: ${READABLE_VERSIONS.join(", ")})`,
      { row: r.row, column: "schema_version" },
    );
  }
  return schemaVersion;
}

/**
 * A plan from its row of the `plans` table, with empty lists for the parts
 * that live in other tables, in the schema version of its row (a 1.0 row has
 * no issuer level; `migratePlan` adds it). Enum cells are checked here; JSON
 * cells are checked by the caller, against the Plan schema.
 */
export function planFromRow(r: R): PlanAsRead {
  const schemaVersion = versionOfRow(r);
  return {
    schemaVersion,
    id: r.string("plan_id"),
    ...opt("title", r.optString("title")),
    documentType: r.oneOf("document_type", Plan.shape.documentType.options),
    ...opt("unit", unitOf(r)),
    ...opt("issuer", issuerOf(r)),
    ...opt("period", periodOf(r)),
    ...opt("number", numberOf(r)),
    ...opt("symbol", r.optString("symbol")),
    ...opt("issueDate", partialDateOf(r, "issue_year", "issue_month", "issue_day", "issue_date_raw")),
    ...opt("place", r.optString("place")),
    status: r.oneOf("status", Plan.shape.status.options),
    references: [],
    purposes: r.json("purposes"),
    requirements: r.json("requirements"),
    audiences: r.json("audiences"),
    ...opt("audienceStatement", r.optJson<Plan["audienceStatement"]>("audience_statement")),
    contentItems: [],
    formsItems: [],
    activities: [],
    offices: [],
    assigneeGroups: [],
    ...opt("focalPoint", r.optJson<Plan["focalPoint"]>("focal_point")),
    ...opt("timeframe", r.optJson<Plan["timeframe"]>("timeframe")),
    ...opt("budget", r.optJson<Plan["budget"]>("budget")),
    reporting: r.json("reporting"),
    // A 1.0 set has no escalation_given column: the cell reads as null, the plan has no escalation.
    ...opt("escalation", r.cell("escalation_given") === true ? [] : undefined),
    targets: [],
    ...opt("childPlanRequirements", r.optJson<Plan["childPlanRequirements"]>("child_plan_requirements")),
    ...opt("signatory", r.optJson<Plan["signatory"]>("signatory")),
    recipients: r.json("recipients"),
    provenance: {
      document: r.string("provenance_document"),
      ...opt("lines", r.lines("provenance_line_start", "provenance_line_end")),
      method: r.oneOf("provenance_method", Provenance.shape.method.options),
      synthetic: r.boolean("synthetic"),
      ...opt("notes", r.optJson<string[]>("provenance_notes")),
    },
  };
}

const UNIT_COLUMNS = [
  "unit_name",
  "unit_kind",
  "unit_level",
  "unit_era",
  "unit_code_era",
  "unit_code",
  "unit_official_name",
  "unit_parents",
  "unit_match",
  "unit_note",
] as const;

/** The plan's unit; absent when unit_name is null, and then every unit_* column must be null. */
function unitOf(r: R): UnitRef | undefined {
  if (r.cell("unit_name") === null) {
    for (const name of UNIT_COLUMNS) {
      if (r.cell(name) !== null) r.fail(name, "is set while unit_name is null (a plan without a unit)");
    }
    return undefined;
  }
  const codeEra = r.optOneOf("unit_code_era", Era.options);
  const code = r.optString("unit_code");
  if ((codeEra === undefined) !== (code === undefined)) {
    r.fail(
      codeEra === undefined ? "unit_code_era" : "unit_code",
      "unit_code_era and unit_code must be both set or both null",
    );
  }
  return {
    name: r.string("unit_name"),
    kind: r.oneOf("unit_kind", UnitKind.options),
    level: r.oneOf("unit_level", AdministrativeLevel.options),
    era: r.oneOf("unit_era", Era.options),
    ...opt("code", codeEra === undefined || code === undefined ? undefined : { era: codeEra, code }),
    ...opt("officialName", r.optString("unit_official_name")),
    parents: r.json("unit_parents"),
    match: r.oneOf("unit_match", UnitMatch.options),
    ...opt("note", r.optString("unit_note")),
  };
}

/** The issuer; absent when issuer_body is null, and then issuer_level and issuer_wording must be null too. */
function issuerOf(r: R): Issuer | undefined {
  const body = r.optOneOf("issuer_body", Issuer.shape.body.options);
  // A 1.0 row has no level (migratePlan gives it the unit's); a 1.2 row may leave it null (not stated).
  const level = r.optOneOf("issuer_level", AdministrativeLevel.options);
  const wording = r.optString("issuer_wording");
  if (body === undefined) {
    for (const name of ["issuer_level", "issuer_wording"] as const)
      if (r.cell(name) !== null) r.fail(name, "is set while issuer_body is null (a plan without an issuer)");
    return undefined;
  }
  return { body, ...opt("level", level), ...opt("wording", wording) };
}

/** The period; absent when period_start and period_end are both null (one without the other is an error). */
function periodOf(r: R): PlanPeriod | undefined {
  const start = r.optString("period_start");
  const end = r.optString("period_end");
  const horizon = r.optInteger("period_horizon");
  if (start === undefined || end === undefined) {
    if (start !== undefined || end !== undefined)
      r.fail(
        start === undefined ? "period_start" : "period_end",
        "period_start and period_end must be both set or both null",
      );
    if (horizon !== undefined) r.fail("period_horizon", "is set while the plan has no period");
    return undefined;
  }
  return { start, end, ...opt("horizon", horizon) };
}

function numberOf(r: R): string | NotStated | undefined {
  const number = r.optString("number");
  const raw = r.optString("number_not_stated_raw");
  if (!r.boolean("number_not_stated")) {
    if (raw !== undefined) r.fail("number_not_stated_raw", "is set while number_not_stated is false");
    return number;
  }
  if (number !== undefined) r.fail("number", "is set while number_not_stated is true");
  return { notStated: true, ...opt("raw", raw) };
}

import {
  AdministrativeLevel,
  Era,
  type NotStated,
  type PartialDate,
  PLAN_SCHEMA_VERSION,
  Plan,
  Provenance,
  UnitKind,
  UnitMatch,
} from "@parcomms/core";
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

/**
 * A plan from its row of the `plans` table, with empty lists for the parts
 * that live in other tables. Enum cells are checked here; JSON cells are
 * checked by the caller, against the Plan schema.
 */
export function planFromRow(r: R): Plan {
  const codeEra = r.optOneOf("unit_code_era", Era.options);
  const code = r.optString("unit_code");
  if ((codeEra === undefined) !== (code === undefined)) {
    r.fail(
      codeEra === undefined ? "unit_code_era" : "unit_code",
      "unit_code_era and unit_code must be both set or both null",
    );
  }
  return {
    schemaVersion: r.oneOf("schema_version", [PLAN_SCHEMA_VERSION]),
    id: r.string("plan_id"),
    title: r.string("title"),
    documentType: r.oneOf("document_type", Plan.shape.documentType.options),
    unit: {
      name: r.string("unit_name"),
      kind: r.oneOf("unit_kind", UnitKind.options),
      level: r.oneOf("unit_level", AdministrativeLevel.options),
      era: r.oneOf("unit_era", Era.options),
      ...opt("code", codeEra === undefined || code === undefined ? undefined : { era: codeEra, code }),
      ...opt("officialName", r.optString("unit_official_name")),
      parents: r.json("unit_parents"),
      match: r.oneOf("unit_match", UnitMatch.options),
      ...opt("note", r.optString("unit_note")),
    },
    issuer: {
      body: r.oneOf("issuer_body", Plan.shape.issuer.shape.body.options),
      ...opt("wording", r.optString("issuer_wording")),
    },
    period: { start: r.string("period_start"), end: r.string("period_end") },
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

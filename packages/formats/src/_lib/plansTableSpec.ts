import {
  ChildPlanRequirements,
  Issuer,
  NotStated,
  PartialDate,
  Plan,
  PlanPeriod,
  Provenance,
  Signatory,
  UnitRef,
} from "@parcomms/core";
import { added, defineTable, nullable, required } from "./defineTable";

const plan = Plan.shape;
const issuer = Issuer.shape;
const period = PlanPeriod.shape;
const unit = UnitRef.shape;
const date = PartialDate.shape;
const provenance = Provenance.shape;
const issueDate = plan.issueDate.description;

/** The `plans` table: one row per plan, its header fields flattened, its plan-level parts as JSON. */
export const plansTableSpec = defineTable(
  "plans",
  "One row per plan (kế hoạch): its header fields flattened into columns, and the plan-level parts that have no table of their own as JSON. Every other table joins on plan_id.",
  [
    required("plan_id", "string", plan.id.description),
    required(
      "position",
      "integer",
      "Index of the plan in the dataset, 0-based; sort by it to keep the order.",
    ),
    required("schema_version", "string", plan.schemaVersion.description),
    nullable("title", "string", `${plan.title.description} Null then (1.2).`),
    required("document_type", "string", plan.documentType.description),
    nullable(
      "issuer_body",
      "string",
      `${issuer.body.description} Null, with issuer_level and issuer_wording, when the plan has no issuer (1.2: a draft whose text names none).`,
    ),
    added(
      "1.1",
      nullable("issuer_level", "string", `${issuer.level.description} Null then (1.2); always set in 1.1.`),
    ),
    nullable("issuer_wording", "string", issuer.wording.description),
    nullable(
      "unit_name",
      "string",
      `${unit.name.description} Null, with every unit_* column, when the plan has no unit (a central body's plan).`,
    ),
    nullable("unit_kind", "string", `${unit.kind.description} Null when the plan has no unit.`),
    nullable("unit_level", "string", `${unit.level.description} Null when the plan has no unit.`),
    nullable("unit_era", "string", `${unit.era.description} Null when the plan has no unit.`),
    nullable(
      "unit_code_era",
      "string",
      "Era of the unit's GSO code (usually unit_era); null when there is no code.",
    ),
    nullable("unit_code", "string", `${unit.code.description} Digits, leading zeros kept.`),
    nullable("unit_official_name", "string", unit.officialName.description),
    nullable(
      "unit_parents",
      "json",
      `${unit.parents.description} JSON array of {kind, name}; null when the plan has no unit.`,
    ),
    nullable("unit_match", "string", `${unit.match.description} Null when the plan has no unit.`),
    nullable("unit_note", "string", unit.note.description),
    nullable(
      "period_start",
      "string",
      `${period.start.description} Null, with period_end and period_horizon, when the plan has no period (1.2: a draft whose text states none).`,
    ),
    nullable("period_end", "string", `${period.end.description} Null when the plan has no period.`),
    added("1.1", nullable("period_horizon", "integer", period.horizon.description)),
    nullable(
      "number",
      "string",
      'Document number as written ("13"); null when the slot is blank (see number_not_stated) or the text has no number line.',
    ),
    required(
      "number_not_stated",
      "boolean",
      `True when the document has a number slot but leaves it blank ("Số: /KH-UBND"); then number is null. ${NotStated.description}`,
    ),
    nullable("number_not_stated_raw", "string", "The blank number slot as it stands in the document."),
    nullable("symbol", "string", plan.symbol.description),
    nullable("issue_year", "integer", `Year of issue (năm); null when the text gives no date. ${issueDate}`),
    nullable("issue_month", "integer", `${date.month.description}`),
    nullable("issue_day", "integer", `${date.day.description}`),
    nullable("issue_date_raw", "string", `${date.raw.description}`),
    nullable("place", "string", plan.place.description),
    required("status", "string", plan.status.description),
    required("audiences", "json", `${plan.audiences.description} JSON array of codes.`),
    required(
      "purposes",
      "json",
      `${plan.purposes.description} JSON array of text items {id, ref, text, lines, note}.`,
    ),
    required("requirements", "json", `${plan.requirements.description} JSON array of text items.`),
    nullable("audience_statement", "json", `${plan.audienceStatement.description} JSON text item.`),
    nullable("focal_point", "json", `${plan.focalPoint.description} JSON {ref, wording, lines}.`),
    nullable(
      "timeframe_kind",
      "string",
      "Kind of the plan's own timeframe (continuous, year, years, deadline …), taken from timeframe; not read back.",
    ),
    nullable("timeframe", "json", `${plan.timeframe.description} JSON {timeframe, text, lines}.`),
    nullable("budget", "json", `${plan.budget.description} JSON.`),
    required(
      "reporting",
      "json",
      `${plan.reporting.description} JSON array of {cadences, reporters, to, via, text, lines}.`,
    ),
    added(
      "1.1",
      required(
        "escalation_given",
        "boolean",
        "True when the plan says who is told of problems (its rows in the escalation table, possibly none); false when it does not say (escalation absent).",
      ),
    ),
    nullable("child_plan_requirements", "json", `${ChildPlanRequirements.description} JSON.`),
    nullable("signatory", "json", `${Signatory.description} JSON.`),
    required("recipients", "json", `${plan.recipients.description} JSON array of {name, purpose, lines}.`),
    required("provenance_document", "string", provenance.document.description),
    nullable("provenance_line_start", "integer", "First line of the document the plan spans."),
    nullable("provenance_line_end", "integer", "Last line of the document the plan spans."),
    required("provenance_method", "string", provenance.method.description),
    required("synthetic", "boolean", provenance.synthetic.description),
    nullable("provenance_notes", "json", "Notes on how the data was made. JSON array of strings."),
  ],
);

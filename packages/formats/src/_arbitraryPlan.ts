import {
  ActivityOrigin,
  AdministrativeLevel,
  AssigneeGroup,
  BudgetSource,
  DocumentType,
  Era,
  Issuer,
  LegalReference,
  OfficeKind,
  OutputUnit,
  type PartialDate,
  PLAN_SCHEMA_VERSION,
  Plan,
  Provenance,
  Quota,
  RecurrenceUnit,
  ReportingCadence,
  Role,
  Signatory,
  type SimpleTimeframe,
  Target,
  type Timeframe,
  UnitKind,
  UnitMatch,
} from "@parcomms/core";
import fc from "fast-check";

/** Pieces that break naive writers: CSV and Markdown syntax, line ends, BOM, look-alike literals, NFC and NFD Vietnamese. */
const TRICKY = [
  '"',
  ",",
  "\n",
  "\r",
  "\r\n",
  " ",
  "\t",
  "\u00a0",
  "\uFEFF",
  "|",
  "\\",
  "null",
  "true",
  "-0",
  "1e3",
  "Số: /KH-UBND",
  "Sơn Mầu",
  "Sơn Mầu".normalize("NFD"),
  "Thủ tục hành chính",
  "Thủ tục hành chính".normalize("NFD"),
  "ngày    tháng 01 năm 2024",
  "Quý IV/2023",
];

const piece = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
);
/** Any well-formed Unicode text of at least one grapheme. */
const text = fc.string({ unit: piece, minLength: 1, maxLength: 5 });
/** Text that may be empty, for the few optional strings the model lets be "". */
const anyText = fc.string({ unit: piece, maxLength: 5 });
const list = <T>(item: fc.Arbitrary<T>, maxLength = 2) => fc.array(item, { maxLength });
const codes = list(text, 3);
const oneOf = <T>(values: readonly T[]) => fc.constantFrom(...values);
const rec = <T, K extends keyof T>(model: { [P in keyof T]: fc.Arbitrary<T[P]> }, requiredKeys: K[]) =>
  fc.record(model, { requiredKeys, noNullPrototype: true });
const all = <T>(model: { [P in keyof T]: fc.Arbitrary<T[P]> }) => fc.record(model, { noNullPrototype: true });

const year = fc.integer({ min: 1945, max: 2100 });
const lines = all({ start: fc.integer({ min: 1, max: 9999 }), end: fc.integer({ min: 1, max: 9999 }) });
const partialDate: fc.Arbitrary<PartialDate> = fc.oneof(
  rec({ year, raw: text }, ["year"]),
  rec({ year, month: fc.integer({ min: 1, max: 12 }), raw: text }, ["year", "month"]),
  rec({ year, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), raw: text }, [
    "year",
    "month",
    "day",
  ]),
);
const notStated = rec({ notStated: fc.constant(true as const), raw: text }, ["notStated"]);
const periodId = fc
  .tuple(year, fc.constantFrom("", "S1", "S2", "Q1", "Q4", "-01", "-12"))
  .map(([y, suffix]) => `${y}${suffix}`);

const simpleTimeframe: fc.Arbitrary<SimpleTimeframe> = fc.oneof(
  rec({ kind: fc.constant("continuous" as const), period: periodId, raw: text }, ["kind"]),
  rec({ kind: fc.constant("year" as const), year, raw: text }, ["kind", "year"]),
  rec({ kind: fc.constant("years" as const), start: year, end: year, horizon: year, raw: text }, [
    "kind",
    "start",
    "end",
  ]),
  rec(
    {
      kind: fc.constant("halves" as const),
      year,
      halves: fc.array(fc.constantFrom(1 as const, 2 as const), { minLength: 1, maxLength: 2 }),
      raw: text,
    },
    ["kind", "year", "halves"],
  ),
  rec(
    {
      kind: fc.constant("quarters" as const),
      year,
      quarters: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
      raw: text,
    },
    ["kind", "year", "quarters"],
  ),
  rec(
    {
      kind: fc.constant("months" as const),
      year,
      months: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }),
      raw: text,
    },
    ["kind", "year", "months"],
  ),
  rec({ kind: fc.constant("dateRange" as const), start: partialDate, end: partialDate, raw: text }, [
    "kind",
    "start",
    "end",
  ]),
  rec({ kind: fc.constant("deadline" as const), by: partialDate, exclusive: fc.boolean(), raw: text }, [
    "kind",
    "by",
    "exclusive",
  ]),
  rec(
    {
      kind: fc.constant("yearlyDate" as const),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      occasion: text,
      raw: text,
    },
    ["kind", "month", "day"],
  ),
  rec({ kind: fc.constant("trigger" as const), condition: text, raw: text }, ["kind", "condition"]),
);
const timeframe: fc.Arbitrary<Timeframe> = fc.oneof(
  simpleTimeframe,
  rec(
    {
      kind: fc.constant("compound" as const),
      parts: fc.array(simpleTimeframe, { minLength: 2, maxLength: 3 }),
      raw: text,
    },
    ["kind", "parts"],
  ),
);

const quota = rec(
  {
    kind: fc.constant("quota" as const),
    comparator: oneOf(Quota.shape.comparator.options),
    count: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant(-0)),
    output: oneOf(OutputUnit.options),
    per: oneOf(RecurrenceUnit.options),
    raw: text,
  },
  ["kind", "comparator", "count", "output", "per"],
);
const frequency = rec(
  {
    kind: fc.constant("frequency" as const),
    count: fc.integer({ min: 1, max: 100 }),
    per: oneOf(RecurrenceUnit.options),
    interval: fc.integer({ min: 1, max: 12 }),
    output: oneOf(OutputUnit.options),
    raw: text,
  },
  ["kind", "count", "per", "interval"],
);
const assigneeRef = rec({ ref: text, wording: text }, ["ref"]);
const target = rec(
  {
    metric: text,
    comparator: oneOf(Target.shape.comparator.options),
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
    unit: oneOf(Target.shape.unit.options),
    per: oneOf(RecurrenceUnit.options),
    appliesTo: list(assigneeRef),
    raw: text,
    lines,
  },
  ["metric", "comparator", "value", "unit"],
);
const assignee = rec({ ref: text, wording: text, role: oneOf(Role.options) }, ["ref", "role"]);
/** A sub-task: every inheritable field present (given, possibly empty) or absent (the block's). */
const subtask = rec(
  {
    id: text,
    ref: text,
    text,
    lines,
    themes: codes,
    channels: codes,
    audiences: codes,
    assignees: list(assignee),
    timeframe,
    frequency,
    quotas: list(quota),
    products: list(text),
    targets: list(target),
    condition: anyText,
    note: text,
  },
  ["id", "text"],
);
const activity = rec(
  {
    id: text,
    title: text,
    description: text,
    themes: codes,
    channels: codes,
    audiences: codes,
    assignees: list(assignee),
    timeframe,
    frequency,
    quotas: list(quota),
    products: list(text),
    targets: list(target),
    condition: anyText,
    subtasks: list(subtask, 3),
    origin: all({ section: oneOf(ActivityOrigin.shape.section.options), ref: text, lines }),
    note: text,
  },
  ["id", "title", "themes", "channels", "audiences", "assignees", "quotas", "products", "targets", "origin"],
);
/** Activities whose ids and sub-task ids are all distinct in the plan. */
const activities = fc.array(activity, { maxLength: 3 }).filter((list) => {
  const ids = list.flatMap((a) => [a.id, ...(a.subtasks ?? []).map((t) => t.id)]);
  return new Set(ids).size === ids.length;
});
const escalation = rec(
  { trigger: text, reporters: list(assigneeRef), via: list(assigneeRef), to: list(text), text, lines },
  ["trigger", "reporters", "via", "to"],
);
const textItemModel = { id: text, ref: text, text, lines, note: text };
const textItem = rec(textItemModel, ["id", "text"]);
const contentItem = rec({ ...textItemModel, heading: text, parentId: text, themes: codes, channels: codes }, [
  "id",
  "text",
  "themes",
]);
const formsItem = rec({ ...textItemModel, heading: text, channels: codes, themes: codes }, [
  "id",
  "text",
  "channels",
  "themes",
]);
const reference = rec(
  {
    type: oneOf(DocumentType.options),
    number: anyText,
    typeCode: text,
    issuerCode: text,
    symbol: anyText,
    date: partialDate,
    issuer: text,
    title: text,
    role: oneOf(LegalReference.shape.role.options),
    raw: text,
    lines,
    note: text,
  },
  ["type", "role"],
);
const office = rec(
  {
    id: text,
    name: text,
    kind: oneOf(OfficeKind.options),
    unit: all({ name: text, level: oneOf(AdministrativeLevel.options) }),
    aliases: list(text),
    note: text,
  },
  ["id", "name", "kind", "aliases"],
);
const assigneeGroup = rec(
  {
    id: text,
    label: text,
    aliases: list(text),
    members: oneOf(AssigneeGroup.shape.members.options),
    scope: oneOf(AssigneeGroup.shape.scope.options),
    unitKinds: list(oneOf(UnitKind.options)),
    officeKinds: list(oneOf(OfficeKind.options)),
    note: text,
  },
  ["id", "label", "aliases", "members", "scope"],
);
const reporting = rec(
  {
    cadences: list(oneOf(ReportingCadence.options)),
    reporters: list(assigneeRef),
    to: list(text),
    via: assigneeRef,
    text,
    lines,
  },
  ["cadences", "reporters", "to"],
);

/**
 * Schema-valid plans for property tests: arbitrary Unicode text (CSV syntax,
 * line ends, NFC and NFD Vietnamese), every optional field present or
 * absent, empty and non-empty lists, every timeframe kind, NotStated numbers
 * and signers, partial dates, -0 and extreme doubles; schema 1.1's parts:
 * sub-tasks with each inheritable field given (possibly empty) or absent,
 * requested roles, headings, content items' channels absent or empty,
 * escalation, plans without a unit (central), several-year timeframes and
 * period horizons; schema 1.2's drafts: title, period, issuer and the
 * issuer's level absent. Ids of the plan's activities and sub-tasks are distinct.
 */
export const arbitraryPlan: fc.Arbitrary<Plan> = rec(
  {
    schemaVersion: fc.constant(PLAN_SCHEMA_VERSION),
    id: text,
    title: text,
    documentType: oneOf(Plan.shape.documentType.options),
    unit: rec(
      {
        name: text,
        kind: oneOf(UnitKind.options),
        level: oneOf(AdministrativeLevel.options),
        era: oneOf(Era.options),
        code: all({ era: oneOf(Era.options), code: fc.stringMatching(/^\d{2,5}$/) }),
        officialName: anyText,
        parents: list(all({ kind: oneOf(UnitKind.options), name: text })),
        match: oneOf(UnitMatch.options),
        note: text,
      },
      ["name", "kind", "level", "era", "parents", "match"],
    ),
    issuer: rec(
      {
        body: oneOf(Issuer.shape.body.options),
        level: oneOf(AdministrativeLevel.options),
        wording: text,
      },
      ["body"],
    ),
    period: rec({ start: periodId, end: periodId, horizon: year }, ["start", "end"]),
    number: fc.oneof(text, notStated),
    symbol: text,
    issueDate: partialDate,
    place: text,
    status: oneOf(Plan.shape.status.options),
    references: list(reference),
    purposes: list(textItem),
    requirements: list(textItem),
    audiences: codes,
    audienceStatement: textItem,
    contentItems: list(contentItem),
    formsItems: list(formsItem),
    activities,
    offices: list(office),
    assigneeGroups: list(assigneeGroup),
    focalPoint: rec({ ref: text, wording: text, lines }, ["ref"]),
    timeframe: rec({ timeframe, text, lines }, ["timeframe", "text"]),
    budget: rec(
      {
        sources: list(oneOf(BudgetSource.options)),
        estimateBy: list(assigneeRef),
        submittedTo: list(assigneeRef),
        text,
        lines,
        note: text,
      },
      ["sources", "estimateBy", "submittedTo", "text"],
    ),
    reporting: list(reporting),
    escalation: list(escalation),
    targets: list(target),
    childPlanRequirements: rec(
      {
        appliesTo: list(assigneeRef),
        deadline: partialDate,
        themes: codes,
        channels: codes,
        quotas: list(quota),
        reporting: list(oneOf(ReportingCadence.options)),
        lines,
      },
      ["appliesTo", "themes", "channels", "quotas", "reporting"],
    ),
    signatory: rec(
      {
        name: fc.oneof(text, notStated),
        title: text,
        form: oneOf(Signatory.shape.form.options),
        signsFor: anyText,
        raw: text,
        lines,
      },
      ["name", "title", "form"],
    ),
    recipients: list(rec({ name: text, purpose: text, lines }, ["name"])),
    provenance: rec(
      {
        document: text,
        lines,
        method: oneOf(Provenance.shape.method.options),
        synthetic: fc.boolean(),
        notes: list(text),
      },
      ["document", "method", "synthetic"],
    ),
  },
  [
    "schemaVersion",
    "id",
    "documentType",
    "status",
    "references",
    "purposes",
    "requirements",
    "audiences",
    "contentItems",
    "formsItems",
    "activities",
    "offices",
    "assigneeGroups",
    "reporting",
    "targets",
    "recipients",
    "provenance",
  ],
);

/** Lists of up to three {@link arbitraryPlan}s with distinct ids. */
export const arbitraryPlans: fc.Arbitrary<Plan[]> = fc.uniqueArray(arbitraryPlan, {
  selector: (p) => p.id,
  maxLength: 3,
});

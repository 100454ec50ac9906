import type {
  AdminUnit,
  ChildPlanRequirements,
  ContentItem,
  Era,
  FormsItem,
  LegalReference,
  Office,
  Plan,
  Reporting,
  Signatory,
  UnitKind,
} from "@parcomms/core";
import { PLAN_SCHEMA_VERSION } from "@parcomms/core";
import type { DefectKind } from "../DefectKind";
import { distributions } from "../distributions";
import { applyDefect } from "./applyDefect";
import { type ActivityContext, buildActivities } from "./buildActivities";
import { calendarDay, citedDate, dayNumber, issueDate, slashDate } from "./days";
import type { Counts, LevelDistribution } from "./LevelDistribution";
import type { ParentFacts } from "./nationalPlan";
import { personName } from "./personName";
import { assigneeGroupsFor, GROUP_IDS, officesFor, planTitle } from "./planBody";
import type { Rng } from "./Rng";
import { deepFreeze, emptyList, numbered } from "./shared";
import { budgetText, contentText, formsText, PURPOSES, REQUIREMENTS, reportingText } from "./texts";
import { quotaWithRaw } from "./timeframes";
import { committeeName, kindWord, unitLabel } from "./unitWords";

/** Everything one plan is made from. */
export interface PlanInput {
  readonly unit: AdminUnit;
  readonly era: Era;
  readonly seed: number;
  readonly year: number;
  readonly rng: Rng;
  /** Its parent plan: the unit above's, or the national plan for a province. */
  readonly parent: ParentFacts;
  /** Units directly above it, nearest first, as plans name them. */
  readonly parents: readonly { kind: UnitKind; name: string }[];
  /** Kinds of the units directly below it; empty for a commune. */
  readonly childKinds: ReadonlySet<UnitKind>;
  readonly defect: DefectKind | undefined;
}

/** A generated plan, the path of its planted defect, and what its children need of it. */
export interface BuiltPlan {
  readonly plan: Plan;
  readonly defectPath: string | undefined;
  readonly facts: ParentFacts;
}

/** A count drawn around one of the observed counts: within ±20% of it, at least 1. */
function drawCount(rng: Rng, observed: readonly number[]): number {
  const base = observed.length > 0 ? rng.pick(observed) : 1;
  const spread = Math.max(1, Math.round(base * 0.2));
  return Math.max(1, base + rng.int(-spread, spread));
}

function tallyCodes(lists: readonly (readonly string[])[]): Counts {
  const counts: Record<string, number> = {};
  for (const list of lists) for (const code of list) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** Nghị quyết 76/NQ-CP, the national programme every plan builds on (cited in 000:31, 002:43). */
const NATIONAL_PROGRAMME: LegalReference = deepFreeze({
  type: "nghi-quyet",
  number: "76",
  typeCode: "NQ",
  issuerCode: "CP",
  symbol: "76/NQ-CP",
  date: { year: 2021, month: 7, day: 15, raw: "15/7/2021" },
  issuer: "Chính phủ",
  title: "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
  role: "basis",
  raw: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
});

const PURPOSE_LISTS = PURPOSES.map((_, n) =>
  deepFreeze(
    PURPOSES.slice(0, n + 1).map((text, i) => ({ id: `p-${i + 1}`, ref: String.fromCharCode(97 + i), text })),
  ),
);
const REQUIREMENT_LIST = deepFreeze(
  REQUIREMENTS.map((text, i) => ({ id: `r-${i + 1}`, ref: String.fromCharCode(97 + i), text })),
);

const SIGNATURES: Readonly<Record<Signatory["form"], { title: string; signsFor?: string; prefix: string }>> =
  {
    direct: { title: "CHỦ TỊCH", prefix: "" },
    KT: { title: "PHÓ CHỦ TỊCH", signsFor: "CHỦ TỊCH", prefix: "KT. CHỦ TỊCH " },
    TM: { title: "CHỦ TỊCH", signsFor: "ỦY BAN NHÂN DÂN", prefix: "TM. ỦY BAN NHÂN DÂN " },
  };

function planId(seed: number, era: Era, year: number, code: string): string {
  return `syn-${seed}-${era === "three-tier" ? "3t" : "2t"}-${year}-${code}`;
}

/**
 * Generates the plan of one unit: header, references (the parent plan first),
 * content, forms, activities, offices and groups, focal point, budget,
 * reporting and, for units with units below, what it requires of their
 * plans; then plants its defect, if it has one.
 */
export function buildPlan(input: PlanInput): BuiltPlan {
  const { unit, era, seed, year, rng, parent, childKinds } = input;
  const dist: LevelDistribution = distributions.levels[unit.level === "central" ? "province" : unit.level];
  const where = unitLabel(unit);
  const body = committeeName(unit);

  const { min, max } =
    unit.level === "province" ? distributions.provinceOffsetDays : distributions.childOffsetDays;
  const eraFloor = era === "two-tier" && year === 2025 ? dayNumber(2025, 7, 1) : -Infinity;
  const issueDay = Math.min(Math.max(parent.issueDay, eraFloor) + rng.int(min, max), dayNumber(year, 12, 31));
  const number = String(rng.int(1, 10 + 2 * (issueDay - dayNumber(year, 1, 1))));

  const offices = officesFor(unit, era);
  const groups = assigneeGroupsFor(unit, childKinds);
  const focalKind = rng.weighted(dist.focalPointKinds);
  const focal: Office =
    offices.find((o) => o.kind === focalKind) ??
    offices.find((o) => o.kind === "committee-office") ??
    (offices[0] as Office);

  const contentItems: ContentItem[] = Array.from({ length: drawCount(rng, dist.contentItems) }, (_, i) => {
    const themes = rng.weightedDistinct(dist.contentThemes, rng.weightedNumber(dist.themesPerContentItem));
    return { id: numbered("c-", i + 1), ref: numbered("", i + 1), text: contentText(themes), themes };
  });
  const formsItems: FormsItem[] = Array.from({ length: drawCount(rng, dist.formsItems) }, (_, i) => {
    const channels = rng.weightedDistinct(dist.formsChannels, rng.weightedNumber(dist.channelsPerFormsItem));
    const themes = rng.weightedDistinct(dist.formsThemes, rng.weightedNumber(dist.themesPerFormsItem));
    return {
      id: numbered("f-", i + 1),
      ref: String.fromCharCode(97 + (i % 26)),
      text: formsText(channels),
      channels,
      themes,
    };
  });
  const context: ActivityContext = {
    rng,
    dist,
    leadKindsByChannel: distributions.leadKindsByChannel,
    offices,
    groups,
    focalPoint: focal,
    formsItems,
    year,
    issueDay,
  };
  const activities = buildActivities(context, drawCount(rng, dist.activities));

  const arrangement = rng.pick(dist.reporting);
  const reporting: Reporting[] = arrangement.map((cadences, i) => {
    const to = i === 0 ? parent.body : body;
    return {
      cadences: [...cadences],
      reporters: [i === 0 ? { ref: focal.id } : { ref: GROUP_IDS.own }],
      to: [to],
      ...(i === 0 ? {} : { via: { ref: focal.id, wording: focal.name } }),
      text: reportingText(cadences, to),
    };
  });

  const sources = [...rng.pick(dist.budgetSources)];
  const finance = offices.find((o) => o.kind === "finance-planning") ?? focal;

  let childPlanRequirements: ChildPlanRequirements | undefined;
  let childDeadlineDay: number | undefined;
  if (childKinds.size > 0) {
    const child = distributions.childPlans;
    const { min: dmin, max: dmax } = distributions.childPlanDeadlineDays;
    childDeadlineDay = Math.min(issueDay + rng.int(dmin, dmax), dayNumber(year, 12, 31));
    childPlanRequirements = {
      appliesTo: [{ ref: GROUP_IDS.subordinate, wording: groups[0]?.label ?? "" }],
      deadline: citedDate(childDeadlineDay),
      themes: rng.weightedDistinct(tallyCodes(contentItems.map((c) => c.themes)), rng.pick(child.themes)),
      channels: rng.weightedDistinct(tallyCodes(formsItems.map((f) => f.channels)), rng.pick(child.channels)),
      quotas: rng.pick(child.quotaLists).map(quotaWithRaw),
      reporting: [...rng.pick(child.reporting)],
    };
  }

  const form = (rng.weighted(dist.signatoryForms) ?? "direct") as Signatory["form"];
  const signature = SIGNATURES[form];
  const signer = personName(rng);
  const issuerBody = rng.weighted(dist.issuerBodies) === "chair" ? "chair" : "people-committee";
  const audiences = Object.entries(dist.audiences)
    .filter(([, n]) => rng.chance(n / dist.plans.length))
    .map(([code]) => code);

  const references: LegalReference[] = [parent.reference, NATIONAL_PROGRAMME];

  const title = planTitle(unit, year, rng.int(0, 2));
  const plan: Plan = {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: planId(seed, era, year, unit.code.code),
    title,
    documentType: "plan",
    unit: {
      name: unit.name,
      kind: unit.kind,
      level: unit.level,
      era,
      code: unit.code,
      parents: input.parents.map((p) => ({ ...p })),
      match: "exact",
    },
    issuer: {
      body: issuerBody,
      level: unit.level,
      wording: issuerBody === "chair" ? `Chủ tịch ${body}` : `Ủy ban nhân dân ${where}`,
    },
    period: { start: String(year), end: String(year) },
    number,
    symbol: "KH-UBND",
    issueDate: issueDate(issueDay),
    place: unit.name,
    status: "issued",
    references,
    purposes: PURPOSE_LISTS[rng.int(0, PURPOSE_LISTS.length - 1)] ?? [],
    requirements: REQUIREMENT_LIST,
    audiences,
    contentItems,
    formsItems,
    activities,
    offices,
    assigneeGroups: groups,
    focalPoint: { ref: focal.id, wording: focal.name },
    budget: {
      sources,
      estimateBy: [{ ref: GROUP_IDS.own }],
      submittedTo: [{ ref: finance.id, wording: finance.name }],
      text: budgetText(sources),
    },
    reporting,
    targets: emptyList(),
    ...(childPlanRequirements ? { childPlanRequirements } : {}),
    signatory: {
      name: signer,
      title: signature.title,
      form,
      ...(signature.signsFor
        ? { signsFor: `${signature.signsFor}${form === "TM" ? ` ${kindWord(unit.kind).toUpperCase()}` : ""}` }
        : {}),
      raw: `${signature.prefix}${signature.title} ${signer}`,
    },
    recipients: [
      { name: parent.body, purpose: "b/c" },
      { name: groups.find((g) => g.id === GROUP_IDS.own)?.label ?? body, purpose: "t/h" },
      { name: "VT", purpose: "Lưu" },
    ],
    provenance: { document: `synthetic:${era}:${seed}`, method: "synthetic", synthetic: true },
  };

  const defectPath = input.defect ? applyDefect(plan, input.defect, rng, year) : undefined;
  const blank = input.defect === "missing-number";
  const when = calendarDay(issueDay);
  const subject = `về việc tuyên truyền cải cách hành chính năm ${year} trên địa bàn ${where}`;
  const reference: LegalReference = blank
    ? {
        type: "ke-hoach",
        typeCode: "KH",
        issuerCode: "UBND",
        date: {
          year: when.year,
          month: when.month,
          raw: `tháng ${String(when.month).padStart(2, "0")}/${when.year}`,
        },
        issuer: body,
        title: subject,
        role: "parent-plan",
        raw: `Kế hoạch số /KH-UBND tháng ${String(when.month).padStart(2, "0")}/${when.year} của ${body} ${subject}`,
      }
    : {
        type: "ke-hoach",
        number,
        typeCode: "KH",
        issuerCode: "UBND",
        symbol: `${number}/KH-UBND`,
        date: citedDate(issueDay),
        issuer: body,
        title: subject,
        role: "parent-plan",
        raw: `Kế hoạch số ${number}/KH-UBND ngày ${slashDate(issueDay)} của ${body} ${subject}`,
      };
  deepFreeze(reference);
  return {
    plan,
    defectPath,
    facts: { issueDay, reference, body, ...(childDeadlineDay === undefined ? {} : { childDeadlineDay }) },
  };
}

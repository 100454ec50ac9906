import {
  expectedPerYear,
  type Language,
  type LocalizedText,
  officeWorkload,
  type Plan,
  planEra,
  planLevel,
  planTasks,
  reportingCadences,
  vocabulary,
} from "@parcomms/core";
import type { ComparisonCell, ComparisonRowKind } from "../compare/UnitComparison";
import type { CoveredSets } from "./coveredSets";
import { ERA_LABELS, VALUE_WORDS } from "./displayLabels";
import { formatNumber } from "./formatNumber";
import { periodLabel } from "./periodLabel";

/** What a measure reads besides the plan. */
export interface MeasureContext {
  readonly language: Language;
  readonly unitName: string;
  readonly province: string | undefined;
  readonly covered: CoveredSets;
  readonly themeTotal: number;
  readonly channelTotal: number;
}

/** One row of a unit comparison: its key, kind, labels and how to read a plan's cell. */
export interface ComparisonMeasure {
  readonly key: string;
  readonly kind: ComparisonRowKind;
  readonly labels: LocalizedText;
  readonly read: (plan: Plan, context: MeasureContext) => Omit<ComparisonCell, "planId">;
}

const CADENCES = reportingCadences.entries;

const text = (value: string | undefined, language: Language) =>
  value === undefined ? { value: null, label: VALUE_WORDS.notStated[language] } : { value, label: value };
const count = (value: number, language: Language) => ({ value, label: formatNumber(value, language) });
const flag = (value: boolean, language: Language) => ({
  value,
  label: (value ? VALUE_WORDS.yes : VALUE_WORDS.no)[language],
});
const coverage = (covered: number, total: number) => ({
  value: covered,
  total,
  label: `${covered}/${total}`,
});

/** The name of the office or group a ref points to, else its ref. */
function assigneeName(plan: Plan, ref: string): string {
  return (
    plan.offices.find((o) => o.id === ref)?.name ??
    plan.assigneeGroups.find((g) => g.id === ref)?.label ??
    ref
  );
}

/** The measures of `compareUnits`, in row order. */
export const COMPARISON_MEASURES: readonly ComparisonMeasure[] = [
  {
    key: "unit",
    kind: "text",
    labels: vocabulary.words.unit.one,
    read: (_plan, c) => text(c.unitName, c.language),
  },
  {
    key: "province",
    kind: "text",
    labels: vocabulary.words.province.one,
    read: (_plan, c) => text(c.province, c.language),
  },
  {
    key: "level",
    kind: "category",
    labels: { vi: "Cấp hành chính", en: "Administrative level" },
    read: (plan, c) => {
      const level = planLevel(plan);
      return level === undefined
        ? { value: null, label: VALUE_WORDS.unknown[c.language] }
        : { value: level, label: vocabulary.levels[level].long[c.language] };
    },
  },
  {
    key: "era",
    kind: "category",
    labels: { vi: "Giai đoạn chính quyền", en: "Era" },
    read: (plan, c) => {
      const era = planEra(plan);
      return era === undefined
        ? { value: null, label: VALUE_WORDS.unknown[c.language] }
        : { value: era, label: ERA_LABELS[era][c.language] };
    },
  },
  {
    key: "period",
    kind: "text",
    labels: { vi: "Năm kế hoạch", en: "Plan period" },
    read: (plan, c) => {
      const period = periodLabel(plan, c.language);
      return { value: plan.period ? period : null, label: period };
    },
  },
  {
    key: "activities",
    kind: "count",
    labels: { vi: "Số nhiệm vụ", en: "Activities" },
    // Each piece of work once: a block's sub-tasks in place of the block.
    read: (plan, c) => count(planTasks(plan).length, c.language),
  },
  {
    key: "themes",
    kind: "coverage",
    labels: { vi: "Chủ đề tuyên truyền được đề cập", en: "Themes covered" },
    read: (_plan, c) => coverage(c.covered.themes.size, c.themeTotal),
  },
  {
    key: "channels",
    kind: "coverage",
    labels: { vi: "Hình thức tuyên truyền được dùng", en: "Channels covered" },
    read: (_plan, c) => coverage(c.covered.channels.size, c.channelTotal),
  },
  {
    key: "offices",
    kind: "count",
    labels: { vi: "Số cơ quan được nêu", en: "Offices named" },
    read: (plan, c) => count(plan.offices.length, c.language),
  },
  {
    key: "leadOffices",
    kind: "count",
    labels: { vi: "Số cơ quan, nhóm chủ trì nhiệm vụ", en: "Offices and groups leading a task" },
    read: (plan, c) => count(officeWorkload(plan).filter((r) => r.leads > 0).length, c.language),
  },
  {
    key: "expectedOutputs",
    kind: "rate",
    labels: { vi: "Số sản phẩm dự kiến mỗi năm", en: "Expected outputs a year" },
    read: (plan, c) =>
      count(
        planTasks(plan).reduce((sum, task) => sum + expectedPerYear(task), 0),
        c.language,
      ),
  },
  {
    key: "hasQuotas",
    kind: "flag",
    labels: { vi: "Có chỉ tiêu số lượng tin, bài", en: "Has output quotas" },
    read: (plan, c) =>
      flag(
        planTasks(plan).some((task) => task.quotas.length > 0),
        c.language,
      ),
  },
  {
    key: "targets",
    kind: "count",
    labels: { vi: "Số chỉ tiêu định lượng", en: "Numeric targets" },
    read: (plan, c) =>
      count(
        // A target a block states once is inherited by each of its sub-tasks: count it once.
        new Set([...plan.targets, ...planTasks(plan).flatMap((task) => task.targets)]).size,
        c.language,
      ),
  },
  {
    key: "reportingCadence",
    kind: "category",
    labels: { vi: "Chế độ báo cáo", en: "Reporting cadence" },
    read: (plan, c) => {
      const named = new Set(plan.reporting.flatMap((r) => r.cadences));
      const entries = CADENCES.filter((e) => named.has(e.code));
      if (entries.length === 0) return text(undefined, c.language);
      return { value: entries.map((e) => e.code), label: entries.map((e) => e.label[c.language]).join("; ") };
    },
  },
  {
    key: "focalPoint",
    kind: "text",
    labels: { vi: "Cơ quan đầu mối", en: "Focal point" },
    read: (plan, c) => text(plan.focalPoint && assigneeName(plan, plan.focalPoint.ref), c.language),
  },
];

import type { LocalizedText } from "@parcomms/core";

/** Which figure of a tally a measure shows. */
export type MeasureStat = "accuracy" | "recall" | "f1";

/** A measure of the evaluation, with its label and goal. */
export interface MeasureDefinition {
  readonly id: string;
  readonly label: LocalizedText;
  /** accuracy and recall read tp / (tp + fn); f1 also counts false positives. */
  readonly stat: MeasureStat;
  /** The goal the figure must reach (≥); absent for measures shown for information. */
  readonly goal?: number;
}

/**
 * The measures of `pnpm eval:extract`, in the order of the table. Goals come
 * from issue 6: header fields and references all correct; every appendix row
 * and every forms item found; F1 ≥ 0.9 for themes, channels and offices. Since
 * plan model 1.1, offices, timeframes, themes and channels are scored per task
 * (`planTasks`: an activity, or a sub-task with what it leaves out taken from
 * its block); the ids `activity-themes` and `activity-channels` are kept.
 *
 * @example
 * MEASURES.find((m) => m.id === "activity-themes")?.goal // 0.9
 */
export const MEASURES = [
  {
    id: "parses",
    label: { vi: "Bản nháp hợp lệ (Plan.parse)", en: "Draft parses (Plan.parse)" },
    stat: "accuracy",
    goal: 1,
  },
  {
    id: "header",
    label: { vi: "Trường đầu văn bản đúng", en: "Header fields correct" },
    stat: "accuracy",
    goal: 1,
  },
  {
    id: "references",
    label: { vi: "Văn bản viện dẫn tìm thấy", en: "References found" },
    stat: "f1",
    goal: 1,
  },
  {
    id: "reference-fields",
    label: { vi: "Văn bản viện dẫn đúng mọi trường", en: "References fully correct" },
    stat: "f1",
    goal: 1,
  },
  {
    id: "section-counts",
    label: { vi: "Số mục mỗi phần đúng", en: "Items per section equal" },
    stat: "accuracy",
  },
  {
    id: "forms-items",
    label: { vi: "Mục hình thức tìm thấy", en: "Forms items found" },
    stat: "recall",
    goal: 1,
  },
  {
    id: "appendix-rows",
    label: { vi: "Dòng phụ lục tìm thấy", en: "Appendix rows found" },
    stat: "recall",
    goal: 1,
  },
  {
    id: "activities",
    label: { vi: "Nhiệm vụ (khối) khớp đáp án", en: "Activities (blocks) matched" },
    stat: "f1",
  },
  { id: "tasks", label: { vi: "Công việc khớp đáp án", en: "Tasks matched" }, stat: "f1" },
  { id: "lead", label: { vi: "Cơ quan chủ trì", en: "Lead offices" }, stat: "f1" },
  { id: "coordinating", label: { vi: "Cơ quan phối hợp", en: "Coordinating offices" }, stat: "f1" },
  { id: "offices", label: { vi: "Cơ quan theo vai trò", en: "Offices with role" }, stat: "f1", goal: 0.9 },
  { id: "timeframe", label: { vi: "Thời gian thực hiện", en: "Timeframes" }, stat: "f1" },
  {
    id: "activity-themes",
    label: { vi: "Chủ đề của công việc", en: "Task themes" },
    stat: "f1",
    goal: 0.9,
  },
  {
    id: "activity-channels",
    label: { vi: "Kênh của công việc", en: "Task channels" },
    stat: "f1",
    goal: 0.9,
  },
  { id: "content-themes", label: { vi: "Chủ đề của mục nội dung", en: "Content-item themes" }, stat: "f1" },
  { id: "forms-channels", label: { vi: "Kênh của mục hình thức", en: "Forms-item channels" }, stat: "f1" },
] as const satisfies readonly MeasureDefinition[];

/** Identifier of a measure. */
export type MeasureId = (typeof MEASURES)[number]["id"];

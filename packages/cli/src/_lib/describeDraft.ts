import { LEVEL_LABELS, unitLabels } from "@parcomms/analytics";
import {
  type Activity,
  channels,
  isNotStated,
  type Language,
  type LocalizedText,
  type Plan,
  themes,
} from "@parcomms/core";
import type { PlanExtraction } from "@parcomms/core/extract";
import { truncateToWidth } from "./displayWidth";
import { renderTextTable } from "./renderTextTable";

/** Widths (terminal columns) the activity table cuts titles and lead offices to; --json has them whole. */
const TITLE_WIDTH = 60;
const LEAD_WIDTH = 48;

type Words = Readonly<Record<string, LocalizedText>>;

const W = {
  draft: { vi: "Bản nháp kế hoạch", en: "Draft plan" },
  title: { vi: "Trích yếu", en: "Title" },
  unit: { vi: "Đơn vị", en: "Unit" },
  issuer: { vi: "Cơ quan ban hành", en: "Issued by" },
  number: { vi: "Số, ký hiệu", en: "Number" },
  date: { vi: "Ngày ban hành", en: "Issue date" },
  period: { vi: "Kỳ kế hoạch", en: "Plan period" },
  signatory: { vi: "Người ký", en: "Signed by" },
  references: { vi: "Văn bản viện dẫn", en: "Cited documents" },
  parent: { vi: "kế hoạch cấp trên", en: "parent plan" },
  counts: { vi: "Số mục mỗi phần", en: "Items per section" },
  activities: { vi: "Hoạt động", en: "Activities" },
  themes: { vi: "Chủ đề", en: "Themes" },
  channels: { vi: "Hình thức", en: "Channels" },
  timeframe: { vi: "Thời gian thực hiện", en: "Timeframe" },
  confidence: { vi: "Độ tin cậy", en: "Confidence" },
  none: { vi: "(không có)", en: "(none)" },
  notFound: { vi: "(không tìm thấy)", en: "(not found)" },
  blank: { vi: "(để trống)", en: "(left blank)" },
} as const satisfies Words;

const SECTIONS = {
  purposes: { vi: "Mục đích", en: "Purposes" },
  requirements: { vi: "Yêu cầu", en: "Requirements" },
  audiences: { vi: "Đối tượng", en: "Audiences" },
  contentItems: { vi: "Nội dung", en: "Content items" },
  formsItems: { vi: "Hình thức", en: "Forms items" },
  activities: { vi: "Hoạt động", en: "Activities" },
  offices: { vi: "Cơ quan", en: "Offices" },
  assigneeGroups: { vi: "Nhóm đơn vị", en: "Assignee groups" },
  reporting: { vi: "Báo cáo", en: "Reporting" },
  recipients: { vi: "Nơi nhận", en: "Recipients" },
} as const satisfies Words;

const ORIGINS: Readonly<Record<Activity["origin"]["section"], LocalizedText>> = {
  "forms-item": { vi: "hình thức", en: "forms item" },
  "appendix-row": { vi: "phụ lục", en: "appendix" },
  assignment: { vi: "tổ chức thực hiện", en: "assignment" },
  "content-item": { vi: "nội dung", en: "content item" },
  other: { vi: "khác", en: "other" },
};

const COLUMNS = {
  ref: { vi: "Mục", en: "Item" },
  title: { vi: "Hoạt động", en: "Activity" },
  lead: { vi: "Chủ trì", en: "Lead" },
  time: { vi: "Thời gian", en: "Time" },
  lines: { vi: "Dòng", en: "Lines" },
  confidence: { vi: "Tin cậy", en: "Conf." },
  code: { vi: "Mã", en: "Code" },
  label: { vi: "Tên", en: "Name" },
  count: { vi: "Số hoạt động", en: "Activities" },
} as const satisfies Words;

/**
 * A draft plan read from a plan's text, for a person: the header fields, the
 * number of items in each section, each activity with its lead office, time,
 * lines and the extractor's confidence, the themes and channels with how many
 * activities name them, and the average confidence.
 */
export function describeDraft(
  extraction: PlanExtraction,
  language: Language,
  options: { readonly maxWidth?: number } = {},
): string {
  const { plan, elements } = extraction;
  const say = (words: LocalizedText) => words[language];
  const confidenceOf = new Map(elements.map((e) => [e.path, e.confidence]));
  const out: string[] = [];
  const field = (label: LocalizedText, value: string) => out.push(`  ${say(label).padEnd(18)} ${value}`);
  out.push(`${say(W.draft)}: ${plan.id}`);
  field(W.title, plan.title);
  field(W.unit, `${unitLabels(plan).unit} (${say(LEVEL_LABELS[plan.unit.level])})`);
  field(W.issuer, plan.issuer.wording ?? plan.issuer.body);
  field(W.number, numberOf(plan, language));
  field(W.date, plan.issueDate ? dateOf(plan.issueDate) : say(W.notFound));
  field(
    W.period,
    plan.period.start === plan.period.end ? plan.period.start : `${plan.period.start}–${plan.period.end}`,
  );
  field(W.signatory, signatoryOf(plan) ?? say(W.notFound));
  const parent = plan.references.find((r) => r.role === "parent-plan");
  const parentText = parent ? `; ${say(W.parent)}: ${parent.symbol ?? parent.title ?? ""}`.trimEnd() : "";
  field(W.references, `${plan.references.length}${parentText}`);
  out.push("", `${say(W.counts)}:`);
  const counts = (Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).map(
    (key) => `${say(SECTIONS[key])} ${plan[key].length}`,
  );
  out.push(`  ${counts.join(", ")}`);
  const byOrigin = new Map<string, number>();
  for (const a of plan.activities) byOrigin.set(a.origin.section, (byOrigin.get(a.origin.section) ?? 0) + 1);
  if (byOrigin.size > 0) {
    const parts = [...byOrigin].map(
      ([section, n]) => `${say(ORIGINS[section as Activity["origin"]["section"]])} ${n}`,
    );
    out.push(`  ${say(W.activities)}: ${parts.join(", ")}`);
  }
  out.push("", `${say(W.activities)} (${plan.activities.length}):`);
  const rows = plan.activities.map((a, i) => ({
    ref: a.origin.ref,
    title: truncateToWidth(a.title, TITLE_WIDTH),
    lead: truncateToWidth(leadOf(plan, a) ?? "—", LEAD_WIDTH),
    time: a.timeframe?.raw ?? a.frequency?.raw ?? (a.timeframe ? a.timeframe.kind : "—"),
    lines: a.origin.lines ? `${a.origin.lines.start}–${a.origin.lines.end}` : "",
    confidence: round(confidenceOf.get(`/activities/${i}`)),
  }));
  const keys = ["ref", "title", "lead", "time", "lines", "confidence"] as const;
  const table = renderTextTable(
    { columns: keys.map((key) => ({ key, label: say(COLUMNS[key]) })), rows },
    { ...options, empty: say(W.none) },
  );
  out.push(
    ...table
      .trimEnd()
      .split("\n")
      .map((line) => `  ${line}`),
  );
  for (const key of ["themes", "channels"] as const) {
    const lines = codeCounts(plan, key, language);
    const codes = Math.max(0, lines.length - 2);
    out.push("", `${say(W[key])} (${codes}):`, ...(lines.length ? lines : [`  ${say(W.none)}`]));
  }
  out.push("");
  if (plan.timeframe) out.push(`${say(W.timeframe)}: ${plan.timeframe.text}`);
  const all = elements.map((e) => e.confidence);
  const mean = all.length === 0 ? 0 : all.reduce((a, b) => a + b, 0) / all.length;
  out.push(
    language === "vi"
      ? `${say(W.confidence)}: trung bình ${mean.toFixed(2)} trên ${all.length} phần tử (thấp nhất ${Math.min(...all, 1).toFixed(2)})`
      : `${say(W.confidence)}: mean ${mean.toFixed(2)} over ${all.length} elements (lowest ${Math.min(...all, 1).toFixed(2)})`,
  );
  return `${out.join("\n")}\n`;
}

function round(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 100) / 100;
}

function numberOf(plan: Plan, language: Language): string {
  if (plan.number === undefined) return W.notFound[language];
  const number = isNotStated(plan.number) ? W.blank[language] : plan.number;
  return plan.symbol ? `${number} / ${plan.symbol}` : number;
}

function dateOf(date: NonNullable<Plan["issueDate"]>): string {
  const two = (n: number | undefined) => (n === undefined ? "..." : String(n).padStart(2, "0"));
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

function signatoryOf(plan: Plan): string | undefined {
  const s = plan.signatory;
  if (!s) return undefined;
  const name = typeof s.name === "string" ? s.name : "…";
  return s.title ? `${name} (${s.form === "direct" ? "" : `${s.form} `}${s.title})` : name;
}

/** The lead office or group of an activity, by its name in the plan. */
function leadOf(plan: Plan, activity: Activity): string | undefined {
  const names = activity.assignees
    .filter((a) => a.role === "lead")
    .map(
      (a) =>
        plan.offices.find((o) => o.id === a.ref)?.name ??
        plan.assigneeGroups.find((g) => g.id === a.ref)?.label ??
        a.wording ??
        a.ref,
    );
  return names.length === 0 ? undefined : names.join("; ");
}

/** One line per code the activities name, most used first: "  procedures  Cải cách thủ tục hành chính  ×3". */
function codeCounts(plan: Plan, key: "themes" | "channels", language: Language): string[] {
  const list = key === "themes" ? themes : channels;
  const counts = new Map<string, number>();
  for (const a of plan.activities) for (const code of a[key]) counts.set(code, (counts.get(code) ?? 0) + 1);
  const rows = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => ({
      code,
      label: list.entries.find((e) => e.code === code)?.label[language] ?? "",
      n,
    }));
  if (rows.length === 0) return [];
  const table = renderTextTable({
    columns: [
      { key: "code", label: COLUMNS.code[language] },
      { key: "label", label: COLUMNS.label[language] },
      { key: "n", label: COLUMNS.count[language] },
    ],
    rows,
  });
  return table
    .trimEnd()
    .split("\n")
    .map((line) => `  ${line}`);
}

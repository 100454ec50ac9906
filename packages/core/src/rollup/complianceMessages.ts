import type { OutputUnit, RecurrenceUnit } from "../model/Frequency";
import type { Language, LocalizedText } from "../model/LocalizedText";

/** Parameters of a compliance message: names, codes, counts and dates, already formatted. */
export type ComplianceParams = Readonly<Record<string, string | number>>;

type Message = { readonly [L in Language]: (p: ComplianceParams) => string };

const OUTPUT: Record<OutputUnit, LocalizedText> = {
  article: { vi: "tin/bài", en: "article" },
  issue: { vi: "kỳ", en: "issue" },
  occurrence: { vi: "lần", en: "occurrence" },
  video: { vi: "video", en: "video" },
  event: { vi: "sự kiện", en: "event" },
  product: { vi: "sản phẩm", en: "product" },
};
const PER: Record<RecurrenceUnit, LocalizedText> = {
  day: { vi: "ngày", en: "day" },
  week: { vi: "tuần", en: "week" },
  month: { vi: "tháng", en: "month" },
  quarter: { vi: "quý", en: "quarter" },
  "half-year": { vi: "6 tháng", en: "half-year" },
  year: { vi: "năm", en: "year" },
};
const COMPARATOR: Record<string, LocalizedText> = {
  atLeast: { vi: "ít nhất", en: "at least" },
  exactly: { vi: "đúng", en: "exactly" },
  atMost: { vi: "nhiều nhất", en: "at most" },
};
const WHAT: Record<string, LocalizedText> = {
  theme: { vi: "chủ đề", en: "theme" },
  channel: { vi: "hình thức", en: "channel" },
};

const s = (p: ComplianceParams, key: string) => String(p[key] ?? "");
const n = (p: ComplianceParams, key: string) => Number(p[key] ?? 0);
const word = (table: Record<string, LocalizedText>, p: ComplianceParams, key: string, l: Language) =>
  table[s(p, key)]?.[l] ?? s(p, key);
/** English plural of an output word: "1 article", "12 articles". */
const outputEn = (p: ComplianceParams, count: number) =>
  `${word(OUTPUT, p, "output", "en")}${count === 1 ? "" : "s"}`;
const quoted = (list: string) =>
  list
    .split(", ")
    .map((c) => `"${c}"`)
    .join(", ");

/**
 * The messages of {@link childCompliance}, keyed by a stable code: the
 * requirement and the reason of every check, in Vietnamese and English.
 * `childCompliance` fills `requirement` and `reason` with the English text and
 * keeps the code and parameters, so a user interface can show either language
 * with {@link complianceText}.
 */
export const complianceMessages = {
  "requirement.code": { vi: (p) => s(p, "code"), en: (p) => s(p, "code") },
  "requirement.quota": {
    vi: (p) =>
      `${word(COMPARATOR, p, "comparator", "vi")} ${n(p, "count")} ${word(OUTPUT, p, "output", "vi")} mỗi ${word(PER, p, "per", "vi")}`,
    en: (p) =>
      `${word(COMPARATOR, p, "comparator", "en")} ${n(p, "count")} ${outputEn(p, n(p, "count"))} per ${word(PER, p, "per", "en")}`,
  },
  "requirement.reporting": { vi: () => "tần suất báo cáo", en: () => "reporting cadence" },
  "requirement.deadline": {
    vi: (p) => (p.by ? `ban hành chậm nhất ${s(p, "by")}` : "ban hành đúng hạn"),
    en: (p) => (p.by ? `issued by ${s(p, "by")}` : "issued by the deadline"),
  },
  "code.named": {
    vi: (p) => `kế hoạch cấp dưới có ${word(WHAT, p, "what", "vi")} ${quoted(s(p, "codes"))}`,
    en: (p) => `the child plan names the ${word(WHAT, p, "what", "en")} ${quoted(s(p, "codes"))}`,
  },
  "code.missing": {
    vi: (p) =>
      `kế hoạch cấp dưới không có ${word(WHAT, p, "what", "vi")} "${s(p, "code")}" hay mã con nào của nó`,
    en: (p) =>
      `the child plan names neither the ${word(WHAT, p, "what", "en")} "${s(p, "code")}" nor a code below it`,
  },
  "quota.upper-bound": {
    vi: () => "giới hạn trên không được so với nhịp độ kế hoạch cấp dưới đặt ra",
    en: () => "an upper bound is not checked against the child's planned rates",
  },
  "quota.met": {
    vi: (p) =>
      `${s(p, "activities")} đặt ít nhất ${n(p, "best")} ${word(OUTPUT, p, "output", "vi")} mỗi ${word(PER, p, "per", "vi")}`,
    en: (p) =>
      `${s(p, "activities")} plan${n(p, "activityCount") === 1 ? "s" : ""} at least ${n(p, "best")} ${outputEn(p, n(p, "best"))} per ${word(PER, p, "per", "en")}`,
  },
  "quota.no-candidate": {
    vi: (p) =>
      `không hoạt động nào của kế hoạch cấp dưới đặt chỉ tiêu hay tần suất ${word(OUTPUT, p, "output", "vi")}`,
    en: (p) => `no activity of the child plan sets a quota or a frequency of ${outputEn(p, 2)}`,
  },
  "quota.short": {
    vi: (p) =>
      [
        ...(p.coarser ? [`${s(p, "coarser")} tính theo kỳ dài hơn một ${word(PER, p, "per", "vi")}`] : []),
        ...(p.fewer ? [`${s(p, "fewer")} đặt ít hơn ${n(p, "count")} mỗi ${word(PER, p, "per", "vi")}`] : []),
      ].join("; "),
    en: (p) =>
      [
        ...(p.coarser
          ? [`${s(p, "coarser")} count per a longer period than a ${word(PER, p, "per", "en")}`]
          : []),
        ...(p.fewer
          ? [`${s(p, "fewer")} plan fewer than ${n(p, "count")} per ${word(PER, p, "per", "en")}`]
          : []),
      ].join("; "),
  },
  "reporting.none-required": {
    vi: () => "kế hoạch cấp trên không yêu cầu tần suất báo cáo",
    en: () => "the parent plan requires no reporting cadence of child plans",
  },
  "reporting.required-no-rate": {
    vi: (p) => `kế hoạch cấp trên yêu cầu báo cáo ${s(p, "required")}, không có tần suất để so`,
    en: (p) => `the parent plan requires ${s(p, "required")} reporting, which has no rate to compare`,
  },
  "reporting.none-stated": {
    vi: () => "kế hoạch cấp dưới không nêu tần suất báo cáo",
    en: () => "the child plan states no reporting cadence",
  },
  "reporting.stated-no-rate": {
    vi: (p) => `kế hoạch cấp dưới báo cáo ${s(p, "stated")}, không có tần suất để so`,
    en: (p) => `the child plan reports ${s(p, "stated")}, which has no rate to compare`,
  },
  "reporting.met": {
    vi: (p) =>
      `kế hoạch cấp dưới báo cáo ${s(p, "own")} (${n(p, "ownPerYear")} lần/năm) so với ${s(p, "wanted")} (${n(p, "wantedPerYear")} lần/năm)`,
    en: (p) =>
      `the child plan reports ${s(p, "own")} (${n(p, "ownPerYear")} a year) against ${s(p, "wanted")} (${n(p, "wantedPerYear")} a year)`,
  },
  "reporting.less-often": {
    vi: (p) =>
      `kế hoạch cấp dưới báo cáo thưa hơn: ${s(p, "own")} (${n(p, "ownPerYear")} lần/năm) so với ${s(p, "wanted")} (${n(p, "wantedPerYear")} lần/năm)`,
    en: (p) =>
      `the child plan reports less often: ${s(p, "own")} (${n(p, "ownPerYear")} a year) against ${s(p, "wanted")} (${n(p, "wantedPerYear")} a year)`,
  },
  "deadline.none": {
    vi: () => "kế hoạch cấp trên không đặt hạn ban hành kế hoạch cấp dưới",
    en: () => "the parent plan sets no deadline for child plans",
  },
  "deadline.no-issue-date": {
    vi: () => "kế hoạch cấp dưới không ghi ngày ban hành",
    en: () => "the child plan's issue date is not stated",
  },
  "deadline.met": {
    vi: (p) => `ban hành ${s(p, "issued")}, không muộn hơn hạn ${s(p, "by")}`,
    en: (p) => `issued ${s(p, "issued")}, on or before the deadline ${s(p, "by")}`,
  },
  "deadline.late": {
    vi: (p) => `ban hành ${s(p, "issued")}, sau hạn ${s(p, "by")}`,
    en: (p) => `issued ${s(p, "issued")}, after the deadline ${s(p, "by")}`,
  },
  "deadline.vague": {
    vi: (p) => `ban hành ${s(p, "issued")}, ngày quá mơ hồ để so với hạn ${s(p, "by")}`,
    en: (p) => `issued ${s(p, "issued")}, a date too vague to tell against the deadline ${s(p, "by")}`,
  },
} satisfies Record<string, Message>;

/** A stable code of a compliance requirement or reason. */
export type ComplianceMessageCode = keyof typeof complianceMessages;

/** The text of a compliance message in one language. */
export function complianceMessage(
  code: ComplianceMessageCode,
  params: ComplianceParams,
  language: Language,
): string {
  return complianceMessages[code][language](params);
}

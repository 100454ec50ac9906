import { reportingCadences } from "../../codelists/reportingCadences";
import type { Language } from "../../model/LocalizedText";
import type { ParamKind } from "../RuleDescription";
import type { IssueParam } from "../ValidationIssue";

type Labels = Readonly<Record<string, Readonly<Record<Language, string>>>>;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const LABELS: Partial<Record<ParamKind, Labels>> = {
  "recurrence-unit": {
    day: { en: "day", vi: "ngày" },
    week: { en: "week", vi: "tuần" },
    month: { en: "month", vi: "tháng" },
    quarter: { en: "quarter", vi: "quý" },
    "half-year": { en: "half-year", vi: "6 tháng" },
    year: { en: "year", vi: "năm" },
  },
  "output-unit": {
    article: { en: "articles", vi: "tin/bài" },
    issue: { en: "issues", vi: "kỳ" },
    occurrence: { en: "occurrences", vi: "lần" },
    video: { en: "videos", vi: "video" },
    event: { en: "events", vi: "sự kiện" },
    product: { en: "products", vi: "sản phẩm" },
  },
  level: {
    central: { en: "central", vi: "trung ương" },
    province: { en: "province", vi: "cấp tỉnh" },
    district: { en: "district", vi: "cấp huyện" },
    commune: { en: "commune", vi: "cấp xã" },
  },
  era: {
    "three-tier": { en: "three-tier era", vi: "giai đoạn chính quyền ba cấp" },
    "two-tier": { en: "two-tier era", vi: "giai đoạn chính quyền hai cấp" },
  },
  cadence: Object.fromEntries(
    reportingCadences.entries.map((c) => [
      c.code,
      { en: lowerFirst(c.label.en), vi: lowerFirst(c.label.vi) },
    ]),
  ),
};

const NUMBER: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2, useGrouping: false }),
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2, useGrouping: false }),
};

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2024-01-26" as 26/01/2024 in Vietnamese, and as written in English. */
function renderDate(value: string, language: Language): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m || language === "en") return value;
  return [m[3], m[2], m[1]].filter((part) => part !== undefined).join("/");
}

/**
 * A message parameter as text in a language: numbers in the language's
 * notation, partial dates in its order, codes of model vocabularies by their
 * labels. Values that are not what their kind expects are shown as they are.
 */
export function renderParam(value: IssueParam, kind: ParamKind, language: Language): string {
  if (value === null) return "—";
  if (typeof value === "number") return NUMBER[language].format(value);
  if (typeof value === "boolean") return language === "vi" ? (value ? "có" : "không") : value ? "yes" : "no";
  if (kind === "date") return renderDate(value, language);
  const labels = LABELS[kind];
  return labels && Object.hasOwn(labels, value) ? (labels[value]?.[language] ?? value) : value;
}

import { vocabulary } from "../codelists/vocabulary";
import { formatMessage } from "../messages/formatMessage";
import type { MessageCatalogue, MessageParams } from "../messages/MessageCatalogue";
import type { Language, LocalizedText } from "../model/LocalizedText";

/** Parameters of a compliance message: names, codes, counts and dates, already formatted. */
export type ComplianceParams = Readonly<Record<string, string | number>>;

/**
 * The message catalogue of {@link childCompliance}: the requirement and the
 * reason of every check, in Vietnamese and English. The placeholders ending
 * in `Word` (and `{codes}`, quoted) are made by {@link complianceMessage}
 * from the check's params, for the language; a few codes have a variant
 * (`.any`, `.one`) or parts (`quota.short.*`) that `complianceMessage` picks.
 * `childCompliance` fills `requirement` and `reason` with the English text
 * and keeps the code and parameters, so a user interface can show either
 * language with `complianceMessage`.
 *
 * @example
 * complianceMessages["deadline.late"].vi // "ban hành {issued}, sau hạn {by}"
 */
export const complianceMessages = {
  "requirement.code": { vi: "{code}", en: "{code}" },
  "requirement.quota": {
    vi: "{comparatorWord} {count} {outputWord} mỗi {perWord}",
    en: "{comparatorWord} {count} {outputWord} per {perWord}",
  },
  "requirement.reporting": { vi: "tần suất báo cáo", en: "reporting cadence" },
  "requirement.deadline": { vi: "ban hành chậm nhất {by}", en: "issued by {by}" },
  "requirement.deadline.any": { vi: "ban hành đúng hạn", en: "issued by the deadline" },
  "code.named": {
    vi: "kế hoạch cấp dưới có {whatWord} {codes}",
    en: "the child plan names the {whatWord} {codes}",
  },
  "code.missing": {
    vi: 'kế hoạch cấp dưới không có {whatWord} "{code}" hay mã con nào của nó',
    en: 'the child plan names neither the {whatWord} "{code}" nor a code below it',
  },
  "quota.upper-bound": {
    vi: "giới hạn trên không được so với nhịp độ kế hoạch cấp dưới đặt ra",
    en: "an upper bound is not checked against the child's planned rates",
  },
  "quota.met": {
    vi: "{activities} đặt ít nhất {best} {outputWord} mỗi {perWord}",
    en: "{activities} plan at least {best} {outputWord} per {perWord}",
  },
  "quota.met.one": {
    vi: "{activities} đặt ít nhất {best} {outputWord} mỗi {perWord}",
    en: "{activities} plans at least {best} {outputWord} per {perWord}",
  },
  "quota.no-candidate": {
    vi: "không hoạt động nào của kế hoạch cấp dưới đặt chỉ tiêu hay tần suất {outputWord}",
    en: "no activity of the child plan sets a quota or a frequency of {outputWord}",
  },
  "quota.short.coarser": {
    vi: "{coarser} tính theo kỳ dài hơn một {perWord}",
    en: "{coarser} count per a longer period than a {perWord}",
  },
  "quota.short.fewer": {
    vi: "{fewer} đặt ít hơn {count} mỗi {perWord}",
    en: "{fewer} plan fewer than {count} per {perWord}",
  },
  "reporting.none-required": {
    vi: "kế hoạch cấp trên không yêu cầu tần suất báo cáo",
    en: "the parent plan requires no reporting cadence of child plans",
  },
  "reporting.required-no-rate": {
    vi: "kế hoạch cấp trên yêu cầu báo cáo {required}, không có tần suất để so",
    en: "the parent plan requires {required} reporting, which has no rate to compare",
  },
  "reporting.none-stated": {
    vi: "kế hoạch cấp dưới không nêu tần suất báo cáo",
    en: "the child plan states no reporting cadence",
  },
  "reporting.stated-no-rate": {
    vi: "kế hoạch cấp dưới báo cáo {stated}, không có tần suất để so",
    en: "the child plan reports {stated}, which has no rate to compare",
  },
  "reporting.met": {
    vi: "kế hoạch cấp dưới báo cáo {own} ({ownPerYear} lần/năm) so với {wanted} ({wantedPerYear} lần/năm)",
    en: "the child plan reports {own} ({ownPerYear} a year) against {wanted} ({wantedPerYear} a year)",
  },
  "reporting.less-often": {
    vi: "kế hoạch cấp dưới báo cáo thưa hơn: {own} ({ownPerYear} lần/năm) so với {wanted} ({wantedPerYear} lần/năm)",
    en: "the child plan reports less often: {own} ({ownPerYear} a year) against {wanted} ({wantedPerYear} a year)",
  },
  "deadline.none": {
    vi: "kế hoạch cấp trên không đặt hạn ban hành kế hoạch cấp dưới",
    en: "the parent plan sets no deadline for child plans",
  },
  "deadline.no-issue-date": {
    vi: "kế hoạch cấp dưới không ghi ngày ban hành",
    en: "the child plan's issue date is not stated",
  },
  "deadline.met": {
    vi: "ban hành {issued}, không muộn hơn hạn {by}",
    en: "issued {issued}, on or before the deadline {by}",
  },
  "deadline.late": { vi: "ban hành {issued}, sau hạn {by}", en: "issued {issued}, after the deadline {by}" },
  "deadline.vague": {
    vi: "ban hành {issued}, ngày quá mơ hồ để so với hạn {by}",
    en: "issued {issued}, a date too vague to tell against the deadline {by}",
  },
} as const satisfies MessageCatalogue;

type Template = keyof typeof complianceMessages;

/** A stable code of a compliance requirement or reason, as a check carries it. */
export type ComplianceMessageCode =
  | Exclude<Template, "requirement.deadline.any" | "quota.met.one" | `quota.short.${string}`>
  | "quota.short";

const COMPARATOR: Readonly<Record<string, LocalizedText>> = {
  atLeast: { vi: "ít nhất", en: "at least" },
  exactly: { vi: "đúng", en: "exactly" },
  atMost: { vi: "nhiều nhất", en: "at most" },
};
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const WHAT: Readonly<Record<string, LocalizedText>> = {
  theme: { vi: lowerFirst(vocabulary.words.theme.one.vi), en: lowerFirst(vocabulary.words.theme.one.en) },
  channel: {
    vi: lowerFirst(vocabulary.words.channel.one.vi),
    en: lowerFirst(vocabulary.words.channel.one.en),
  },
};
const TEXT_KEYS = [
  "code",
  "by",
  "activities",
  "coarser",
  "fewer",
  "required",
  "stated",
  "own",
  "wanted",
  "issued",
];
const NUMBER_KEYS = ["count", "best", "ownPerYear", "wantedPerYear"];

/** The params of a template in a language: the check's params, absent ones empty or 0, and the words made from codes. */
function templateParams(code: ComplianceMessageCode, p: ComplianceParams, l: Language): MessageParams {
  const s = (key: string) => String(p[key] ?? "");
  const n = (key: string) => Number(p[key] ?? 0);
  const word = (table: Readonly<Record<string, LocalizedText>>, key: string) => table[s(key)]?.[l] ?? s(key);
  const output = Object.hasOwn(vocabulary.outputUnits, s("output"))
    ? vocabulary.outputUnits[s("output") as keyof typeof vocabulary.outputUnits]
    : undefined;
  // English counts its outputs: "1 article", "12 articles"; with no count, the plural.
  const counted = code === "quota.met" ? n("best") : code === "quota.no-candidate" ? 2 : n("count");
  const outputWord = output ? (l === "en" && counted !== 1 ? output.many : output.one)[l] : s("output");
  return {
    ...Object.fromEntries(TEXT_KEYS.map((key) => [key, s(key)])),
    ...Object.fromEntries(NUMBER_KEYS.map((key) => [key, String(n(key))])),
    comparatorWord: word(COMPARATOR, "comparator"),
    perWord: word(vocabulary.recurrenceUnits, "per"),
    whatWord: word(WHAT, "what"),
    outputWord,
    codes: s("codes")
      .split(", ")
      .map((c) => `"${c}"`)
      .join(", "),
  };
}

/**
 * The text of a compliance message in one language, from
 * {@link complianceMessages}: the template of the code (or of its variant)
 * filled with the check's params and the words made from them.
 *
 * @param code - the requirement or reason code of a check
 * @param params - the check's params
 * @param language - "vi" or "en"
 * @returns the text
 * @example
 * complianceMessage("deadline.late", { issued: "05/2024", by: "20/04/2024" }, "en") // "issued 05/2024, after the deadline 20/04/2024"
 * complianceMessage("requirement.quota", { comparator: "atLeast", count: 12, output: "article", per: "year" }, "vi") // "ít nhất 12 tin/bài mỗi năm"
 */
export function complianceMessage(
  code: ComplianceMessageCode,
  params: ComplianceParams,
  language: Language,
): string {
  const values = templateParams(code, params, language);
  const fill = (template: Template) => formatMessage(complianceMessages, template, values, language);
  if (code === "quota.short") {
    return [
      ...(params.coarser ? [fill("quota.short.coarser")] : []),
      ...(params.fewer ? [fill("quota.short.fewer")] : []),
    ].join("; ");
  }
  if (code === "requirement.deadline" && !params.by) return fill("requirement.deadline.any");
  if (code === "quota.met" && Number(params.activityCount ?? 0) === 1) return fill("quota.met.one");
  return fill(code);
}

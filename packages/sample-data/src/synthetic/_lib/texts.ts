import {
  type BudgetSource,
  channels,
  type ReportingCadence,
  reportingCadences,
  themes,
} from "@parcomms/core";
import { sharedCache } from "./shared";

const THEME_LABELS = new Map(themes.entries.map((e) => [e.code, e.label.vi]));
const CHANNEL_LABELS = new Map(channels.entries.map((e) => [e.code, e.label.vi]));
const CADENCE_WORDS = new Map<string, string>(
  reportingCadences.entries.map((e) => [e.code, e.phrasings[0] ?? e.label.vi]),
);

/** Lower-cases the first letter unless the first word is an acronym ("PAR INDEX", "TTHC"). */
function lowerFirst(text: string): string {
  const second = text.charAt(1);
  return second && second === second.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const texts = sharedCache<string>();
const contentTexts = new Map<string, string>();
const THEME_TEXTS = new Map([...THEME_LABELS].map(([code, label]) => [code, lowerFirst(label)]));
const CHANNEL_TEXTS = new Map([...CHANNEL_LABELS].map(([code, label]) => [code, lowerFirst(label)]));
const themeText = (code: string) => THEME_TEXTS.get(code) ?? code;
const channelText = (code: string) => CHANNEL_TEXTS.get(code) ?? code;

/** The text of a content item that carries `codes`: "Tuyên truyền về cải cách thể chế; …". */
export function contentText(codes: readonly string[]): string {
  if (codes.length === 0) return "Các nội dung khác về cải cách hành chính theo chỉ đạo của cấp trên.";
  // Many items carry the same themes; one string each keeps a national dataset small.
  const key = codes.join(" ");
  let text = contentTexts.get(key);
  if (text === undefined) {
    if (contentTexts.size >= 100_000) contentTexts.clear();
    text = `Tuyên truyền về ${codes.map(themeText).join("; ")}.`;
    contentTexts.set(key, text);
  }
  return text;
}

/** The text of a forms item that names `codes`: "Tuyên truyền qua đài truyền thanh cơ sở (xã, phường); …". */
export function formsText(codes: readonly string[]): string {
  // As 003:158-159 ("Các hình thức tuyên truyền khác …") when no medium is named.
  return codes.length === 0
    ? "Các hình thức tuyên truyền khác phù hợp với đặc điểm, tình hình của địa phương."
    : `Tuyên truyền qua ${codes.map(channelText).join("; ")}.`;
}

/** A short title for an activity from its first theme and channel. */
export function activityTitle(themeCodes: readonly string[], channelCodes: readonly string[]): string {
  const [theme] = themeCodes;
  const [channel] = channelCodes;
  return texts(["a", theme, channel], () => {
    const what = theme ? `Tuyên truyền về ${themeText(theme)}` : "Tuyên truyền công tác cải cách hành chính";
    return channel ? `${what} qua ${channelText(channel)}` : what;
  });
}

/** The passage of a reporting arrangement, in the cadences' first phrasings: "… (hàng quý, 6 tháng, một năm) gửi UBND huyện Sơn Tây." (003:249). */
export function reportingText(cadences: readonly ReportingCadence[], to: string): string {
  if (cadences.length === 0) return `Tổng hợp kết quả công tác tuyên truyền, báo cáo ${to} theo quy định.`;
  const how = cadences.map((c) => CADENCE_WORDS.get(c) ?? c).join(", ");
  return `Báo cáo kết quả công tác tuyên truyền cải cách hành chính (${how}) gửi ${to}.`;
}

const SOURCE_TEXT: Readonly<Record<BudgetSource, string>> = {
  "unit-budget": "ngân sách của cơ quan, đơn vị",
  "reform-budget": "kinh phí cải cách hành chính được giao",
  "recurrent-budget": "kinh phí chi thường xuyên trong dự toán của các cơ quan, đơn vị",
  "state-budget": "ngân sách nhà nước theo phân cấp hiện hành",
  "lower-unit-budgets": "ngân sách của các đơn vị cấp dưới",
  other: "các nguồn kinh phí hợp pháp khác",
};

/** The budget section (kinh phí) for its sources. */
export function budgetText(sources: readonly BudgetSource[]): string {
  return sources.length === 0
    ? "Kinh phí thực hiện Kế hoạch theo quy định hiện hành."
    : `Kinh phí thực hiện Kế hoạch được bố trí từ ${sources.map((s) => SOURCE_TEXT[s]).join(" và ")}.`;
}

/** Purposes (mục đích), in the wording of 003:12-30, shortened. */
export const PURPOSES: readonly string[] = [
  "Nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân về mục tiêu, ý nghĩa, tầm quan trọng của công tác cải cách hành chính.",
  "Tăng cường sự tham gia của người dân, doanh nghiệp trong giám sát hoạt động của cơ quan hành chính nhà nước.",
  "Lan tỏa kết quả, hiệu quả của công tác cải cách hành chính trong cộng đồng xã hội.",
];

/** Requirements (yêu cầu), in the wording of 003:34-52, shortened. */
export const REQUIREMENTS: readonly string[] = [
  "Công tác tuyên truyền phải kịp thời, đầy đủ, thường xuyên, phù hợp với từng đối tượng.",
  "Hình thức tuyên truyền đa dạng, phong phú; nội dung ngắn gọn, chính xác, dễ hiểu.",
];

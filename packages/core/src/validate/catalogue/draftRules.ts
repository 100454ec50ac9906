import type { RuleDescription } from "../RuleDescription";

/**
 * Catalogue entries of the header fields a draft read from text may leave
 * empty (schema 1.2): the title, the period, the issuer and the issuer's
 * tier. A value the text does not give is left out and flagged, never
 * filled with a placeholder; the plan stays usable, and the checks that
 * need the field pass over it.
 *
 * @example
 * draftRules.find((r) => r.code === "plan.period-missing")?.severity // "warning"
 */
export const draftRules = [
  {
    code: "plan.title-missing",
    severity: "warning",
    title: { en: "No title", vi: "Không có tên kế hoạch" },
    message: {
      en: "The plan has no title: the text read does not state one.",
      vi: "Kế hoạch không có tên (trích yếu): văn bản đã đọc không ghi.",
    },
    params: {},
    description:
      'The title (trích yếu: "Tuyên truyền cải cách hành chính năm 2024") is left out because the text does not give it: a page that starts below the title, or a summary line that could not be read. No placeholder title is stored; lists show the plan as "(chưa rõ)" / "(unknown)".',
    example: {
      text: 'Every seed plan states its title ("KẾ HOẠCH / Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024", 003:1–2); a draft whose text begins at "I. MỤC ĐÍCH, YÊU CẦU" raises it.',
    },
    fix: "If the original document is at hand, take the title from its summary line (trích yếu); otherwise keep the plan as it is.",
  },
  {
    code: "plan.period-missing",
    severity: "warning",
    title: { en: "No period", vi: "Không có thời kỳ kế hoạch" },
    message: {
      en: "The plan has no period: the text read states no year it covers.",
      vi: "Kế hoạch không có thời kỳ: văn bản đã đọc không ghi năm thực hiện.",
    },
    params: {},
    description:
      "The period (the year or years the plan covers) is left out because neither the title nor the time section nor the date line gives it. No year is guessed (not the issue year, not the most frequent year of the text). Time measures (quarter load, cadence calendars) leave the plan out and count it as skipped; checks of a task's timeframe against the period pass over it.",
    example: {
      text: 'The seeds all state a year ("năm 2024", 002:4; "giai đoạn 2022 - 2025", 000:31); a text without a title and a time section ("Thời gian thực hiện") raises it.',
    },
    fix: 'Set the period from the document ("năm 2025" is 2025 to 2025) when it is at hand; otherwise keep the plan as it is.',
  },
  {
    code: "plan.issuer-missing",
    severity: "warning",
    title: { en: "No issuer", vi: "Không có cơ quan ban hành" },
    message: {
      en: "The plan has no issuer: the text read does not name the body that issues it.",
      vi: "Kế hoạch không có cơ quan ban hành: văn bản đã đọc không nêu cơ quan ban hành.",
    },
    params: {},
    description:
      'The issuer is left out because the text names no issuing body: no header block ("ỦY BAN NHÂN DÂN / XÃ …"), no "UBND … ban hành Kế hoạch", no signature. Without an issuer or a unit the plan has no tier: rollups and groupings put it at the node "(none)".',
    example: {
      text: 'Every seed plan names its issuer ("Ủy ban nhân dân xã Gia Tân xây dựng Kế hoạch", 003:6); a pasted body without its header and signature raises it.',
    },
    fix: "Take the issuer from the header or the signature of the original document when it is at hand; otherwise keep the plan as it is.",
  },
  {
    code: "issuer.level-missing",
    severity: "warning",
    title: { en: "Issuer without a tier", vi: "Cơ quan ban hành chưa rõ cấp" },
    message: {
      en: "The issuer's tier (central, province, district or commune) is not stated.",
      vi: "Chưa rõ cơ quan ban hành thuộc cấp nào (trung ương, tỉnh, huyện hay xã).",
    },
    params: {},
    description:
      'The issuing body is known but not its tier: a header that reads "ỦY BAN NHÂN DÂN" over a unit line that could not be read. The level is left out, never guessed; when the plan names its unit, rollups use the unit\'s level, otherwise rollups and groupings put it at the node "(none)", and checks that compare tiers pass over it.',
    example: {
      text: 'In the seeds the tier always comes with the unit ("Ủy ban nhân dân xã Gia Tân xây dựng Kế hoạch", 003:6); "ỦY BAN NHÂN DÂN" alone over a torn unit line raises it.',
    },
    fix: "Set the level of the unit the issuer governs or belongs to (commune for a UBND xã, province for a Sở); a ministry is central.",
  },
] as const satisfies readonly RuleDescription[];

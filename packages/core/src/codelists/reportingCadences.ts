import type { LocalizedText } from "../model/LocalizedText";
import type { ReportingCadence } from "../model/Reporting";

/** An entry of the reporting-cadence codelist. */
export interface ReportingCadenceEntry {
  readonly code: ReportingCadence;
  readonly label: LocalizedText;
  readonly phrasings: readonly string[];
  /**
   * Reports a year, used to compare cadences; `undefined` when the cadence has
   * no fixed rate (folded into periodic reports, or on request).
   */
  readonly perYear: number | undefined;
}

/**
 * Reporting cadences with the number of reports a year each implies.
 *
 * @example
 * reportingCadences.entries.find((c) => c.code === "half-yearly")?.perYear // 2
 */
export const reportingCadences = {
  id: "reporting-cadences",
  version: "2026.1",
  entries: [
    {
      code: "monthly",
      label: { vi: "Hằng tháng", en: "Monthly" },
      phrasings: ["hàng tháng", "hằng tháng"],
      perYear: 12,
    },
    {
      code: "quarterly",
      label: { vi: "Hằng quý", en: "Quarterly" },
      phrasings: ["hàng quý", "hằng quý", "quý"],
      perYear: 4,
    },
    {
      code: "half-yearly",
      label: { vi: "6 tháng", en: "Half-yearly" },
      phrasings: ["6 tháng", "sáu tháng"],
      perYear: 2,
    },
    {
      code: "yearly",
      label: { vi: "Hằng năm", en: "Yearly" },
      phrasings: ["một năm", "hàng năm", "hằng năm", "năm"],
      perYear: 1,
    },
    {
      code: "periodic",
      label: { vi: "Định kỳ (không nêu tần suất)", en: "Periodic (rate not stated)" },
      phrasings: ["định kỳ"],
      perYear: undefined,
    },
    {
      code: "integrated",
      label: { vi: "Lồng ghép vào báo cáo CCHC định kỳ", en: "Folded into the periodic reform report" },
      phrasings: ["lồng ghép vào báo cáo", "lồng ghép báo cáo", "lồng ghép nội dung vào báo cáo"],
      perYear: undefined,
    },
    {
      code: "on-request",
      label: { vi: "Theo yêu cầu", en: "On request" },
      phrasings: ["theo yêu cầu", "đột xuất"],
      perYear: undefined,
    },
    {
      code: "as-regulated",
      label: { vi: "Theo quy định", en: "As the rules require" },
      phrasings: ["theo quy định", "theo đúng quy định", "đúng quy định"],
      perYear: undefined,
    },
  ],
} as const satisfies { id: string; version: string; entries: readonly ReportingCadenceEntry[] };

import type { Plan } from "../../model/Plan";

/** "giai đoạn 2022 - 2025", "năm 2019 – 2020", any dash, with "định hướng đến năm 2030" as the horizon. */
const YEARS =
  /(?:giai đoạn|năm)\s+(\d{4})\s*[-\u2010-\u2015\u2212]\s*(\d{4})(?:\s*[,;]?\s*(?:định hướng|tầm nhìn)\s+(?:đến\s+)?(?:năm\s+)?(\d{4}))?/iu;
const YEAR = /(?:năm|giai đoạn)\s+(\d{4})\b/iu;

/**
 * The years a text names as a plan's period: a range ("giai đoạn 2021 -
 * 2025, định hướng đến năm 2030"), else one year ("năm 2024"); a range whose
 * end comes before its start is not read.
 *
 * @param text - a plan's title, or the sentence that issues it
 * @returns the period, or undefined when the text names none
 * @example
 * periodIn("Tuyên truyền cải cách hành chính giai đoạn 2021 - 2025, định hướng đến năm 2030"); // { start: "2021", end: "2025", horizon: 2030 }
 */
export function periodIn(text: string | undefined): Plan["period"] | undefined {
  if (!text) return undefined;
  const normal = text.normalize("NFC");
  const range = YEARS.exec(normal);
  if (range?.[1] && range[2]) {
    if (Number(range[2]) < Number(range[1])) return undefined;
    const horizon = range[3] ? Number(range[3]) : undefined;
    return {
      start: range[1],
      end: range[2],
      ...(horizon !== undefined && horizon > Number(range[2]) ? { horizon } : {}),
    };
  }
  const year = YEAR.exec(normal)?.[1];
  return year && Number(year) >= 1945 && Number(year) <= 2100 ? { start: year, end: year } : undefined;
}

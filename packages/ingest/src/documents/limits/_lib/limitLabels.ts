import type { LimitedFormat } from "../documentLimits";

/** How a limited input type is named in a message: its extension, or the kind of file. */
export const LIMIT_LABELS: Readonly<Record<LimitedFormat, string>> = {
  text: ".txt",
  json: ".json",
  jsonl: ".jsonl",
  csv: ".csv",
  arrow: ".arrow",
  parquet: ".parquet",
  docx: ".docx",
  doc: ".doc",
  odt: ".odt",
  rtf: ".rtf",
  pdf: ".pdf",
  image: "PNG/JPEG/TIFF",
  ocr: "OCR",
};

/** A size in bytes as people read it: "812 B", "4.5 KB", "63.2 MB" (binary units, one decimal at most). */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${rounded} ${units[unit]}`;
}

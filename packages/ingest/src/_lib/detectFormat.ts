import { foldVietnamese } from "@parcomms/core";
import type { PlanFileFormat } from "../ReadPlansResult";
import { extensionOf } from "./fileName";

/** What a file is: a format read here, a document format not read (.doc, .pdf …), or unknown. */
export type DetectedFormat = PlanFileFormat | "unsupported" | "unknown";

const byExtension: Readonly<Record<string, DetectedFormat>> = {
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
  ".arrow": "arrow",
  ".parquet": "parquet",
  ".txt": "text",
  ".text": "text",
  ".docx": "docx",
  ".doc": "unsupported",
  ".pdf": "unsupported",
  ".odt": "unsupported",
  ".rtf": "unsupported",
};

/** Whether the bytes start like a zip archive ("PK\x03\x04"), as every .docx does. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The format of a file. A `.docx` name, or a zip archive named `.txt` or with
 * no known extension, is a Word document; otherwise the extension decides,
 * else the text: JSON when the whole text parses, JSON Lines when its first
 * line is a JSON object, plan text when its beginning mentions "kế hoạch".
 */
export function detectFormat(
  name: string,
  bytes: Uint8Array,
  text: () => string | undefined,
): DetectedFormat {
  const known = byExtension[extensionOf(name)];
  if (isZip(bytes) && (known === undefined || known === "text")) return "docx";
  if (known) return known;
  const content = text();
  if (content === undefined) return "unknown";
  try {
    JSON.parse(content);
    return "json";
  } catch {
    const first = content.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
    try {
      const value: unknown = JSON.parse(first);
      return typeof value === "object" && value !== null && !Array.isArray(value) ? "jsonl" : "unknown";
    } catch {
      return foldVietnamese(content.slice(0, 4000)).includes("ke hoach") ? "text" : "unknown";
    }
  }
}

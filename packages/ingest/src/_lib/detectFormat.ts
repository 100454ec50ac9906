import { foldVietnamese } from "@parcomms/core";
import { pageFormat } from "../documents/pageFormat";
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
  ".doc": "doc",
  ".pdf": "pdf",
  ".odt": "odt",
  ".rtf": "rtf",
  ".png": "image",
  ".jpg": "image",
  ".jpeg": "image",
  ".tif": "image",
  ".tiff": "image",
};

/** The formats read to text by a document reader (asynchronous: `readPlanFilesAsync`). */
export const DOCUMENT_FORMATS: ReadonlySet<DetectedFormat> = new Set([
  "docx",
  "pdf",
  "image",
  "doc",
  "odt",
  "rtf",
]);

/** The format the first bytes say, whatever the name: PDF, PNG, JPEG, TIFF, Word 97–2003 (OLE), RTF. */
function formatByContent(bytes: Uint8Array): DetectedFormat | undefined {
  const starts = (...values: number[]) => values.every((value, i) => bytes[i] === value);
  const pages = pageFormat(bytes);
  if (pages) return pages === "pdf" ? "pdf" : "image";
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "doc"; // OLE compound file
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return "rtf"; // {\rtf
  return undefined;
}

/** Whether a zip archive is an OpenDocument text: its first entry is "mimetype", stored, naming it. */
function isOdt(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(30, 120));
  return head.startsWith("mimetype") && head.includes("application/vnd.oasis.opendocument.text");
}

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
  if (isZip(bytes) && (known === undefined || known === "text")) return isOdt(bytes) ? "odt" : "docx";
  const byContent = formatByContent(bytes);
  if (byContent && (known === undefined || known === "text" || DOCUMENT_FORMATS.has(known))) return byContent;
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

import type { DocumentFailure } from "../DocumentText";
import { formatBytes, LIMIT_LABELS } from "./_lib/limitLabels";
import { documentLimit } from "./documentLimit";
import type { DocumentLimitOverrides, LimitedFormat } from "./documentLimits";

/**
 * Whether a file is over its type's size limit: an `ingest.too-large`
 * failure (params: the file's `size`, the `limit`, the `format`) to give
 * before reading anything, else undefined.
 *
 * @param size - the file's size in bytes
 * @param format - its input type
 * @param overrides - limits given by the caller (`ReadPlanFilesOptions.limits`)
 * @returns the failure, or undefined when the file may be read
 * @example
 * sizeFailure(66_322_432, "docx")
 * // { failure: "ingest.too-large", params: { size: "63.3 MB", limit: "50 MB", format: ".docx" } }
 * sizeFailure(40_000, "docx") // undefined
 */
export function sizeFailure(
  size: number,
  format: LimitedFormat,
  overrides: DocumentLimitOverrides = {},
): DocumentFailure | undefined {
  const { maxBytes } = documentLimit(format, overrides);
  if (size <= maxBytes) return undefined;
  return {
    failure: "ingest.too-large",
    params: { size: formatBytes(size), limit: formatBytes(maxBytes), format: LIMIT_LABELS[format] },
  };
}

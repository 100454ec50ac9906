import {
  type DocumentLimit,
  type DocumentLimitOverrides,
  documentLimits,
  type LimitedFormat,
} from "./documentLimits";

/**
 * The limits in force for one input type: the default of
 * {@link documentLimits}, with what `overrides` gives for that type.
 *
 * @param format - the input type
 * @param overrides - limits given by the caller (`ReadPlanFilesOptions.limits`)
 * @returns its size limit in bytes and time limit in seconds
 * @example
 * documentLimit("pdf") // { maxBytes: 209715200, seconds: 120 }
 * documentLimit("pdf", { pdf: { seconds: 30 } }) // { maxBytes: 209715200, seconds: 30 }
 */
export function documentLimit(format: LimitedFormat, overrides: DocumentLimitOverrides = {}): DocumentLimit {
  return { ...documentLimits[format], ...overrides[format] };
}

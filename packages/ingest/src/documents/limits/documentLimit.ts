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
 * @returns its size limit and inflated-size limit in bytes, and its time limit in seconds
 * @example
 * documentLimit("pdf") // { maxBytes: 209715200, maxInflatedBytes: 209715200, seconds: 120 }
 * documentLimit("docx", { docx: { maxInflatedBytes: 1e6 } }) // { maxBytes: 52428800, maxInflatedBytes: 1000000, seconds: 60 }
 */
export function documentLimit(format: LimitedFormat, overrides: DocumentLimitOverrides = {}): DocumentLimit {
  return { ...documentLimits[format], ...overrides[format] };
}

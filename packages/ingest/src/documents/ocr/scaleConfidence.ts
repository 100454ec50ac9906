import type { ExtractedElement } from "@parcomms/core/extract";
import type { LineOrigin } from "../DocumentText";

/**
 * The elements of an extraction with their confidence lowered by how well
 * OCR recognised their lines: each element's confidence is multiplied by
 * the LOWEST line confidence (0..1) of its range of lines, so a field read
 * from one badly recognised line is no longer held as sure (0.9 from a
 * fixed slot on a line recognised at 0.6 becomes 0.54). Lines without a
 * confidence (text layers, word-processor files) leave an element as it is;
 * so does a text without origins. Rounded to 3 decimals.
 *
 * @param elements - `extractPlan(text).elements`
 * @param origins - the document's `origins` (`origins[i]` is line i + 1)
 * @returns new elements; the input is not changed
 * @example
 * scaleConfidence([{ path: "/number", lines: { start: 3, end: 3 }, confidence: 0.9 }],
 *   [undefined, undefined, { page: 1, line: 3, confidence: 0.6 }])
 * // [{ path: "/number", lines: { start: 3, end: 3 }, confidence: 0.54 }]
 */
export function scaleConfidence(
  elements: readonly ExtractedElement[],
  origins: readonly (LineOrigin | undefined)[],
): ExtractedElement[] {
  return elements.map((element) => {
    let lowest = 1;
    for (let line = element.lines.start; line <= element.lines.end; line++) {
      const confidence = origins[line - 1]?.confidence;
      if (confidence !== undefined && confidence < lowest) lowest = confidence;
    }
    if (lowest === 1) return element;
    return { ...element, confidence: Math.round(element.confidence * lowest * 1000) / 1000 };
  });
}

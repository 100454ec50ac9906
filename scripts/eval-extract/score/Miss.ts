import type { MeasureId } from "./MEASURES";

/** One difference between the answer key and the extraction: what the extractor developer reads. */
export interface Miss {
  /** The measure it counts against. */
  readonly measure: MeasureId;
  /** Where: a field name or a JSON Pointer into the answer key ("/activities/3/assignees"). */
  readonly where: string;
  /** The answer key's value, as text ("—" when the key has none). */
  readonly expected: string;
  /** The extraction's value, as text ("—" when the extraction has none). */
  readonly got: string;
}

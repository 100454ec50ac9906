import type { LineRange } from "@parcomms/core";
import type { Cell, Row } from "../Table";
import { encodeRow, type TypedTableSpec } from "./defineTable";
import { stringifyJson } from "./stringifyJson";
import type { typedPlanTableSpecs } from "./typedPlanTableSpecs";

/** The rows of every plan table being built, by table name. */
export type PlanRows = { [K in keyof typeof typedPlanTableSpecs]: Row[] };

/** Appends the row of `values` to `target`, in the column order of `spec`. */
export function push<N extends string>(
  target: Row[],
  spec: TypedTableSpec<N>,
  values: Record<NoInfer<N>, Cell>,
) {
  target.push(encodeRow(spec, values));
}

/** Compact JSON text. */
export const json = (value: unknown): string => stringifyJson(value);

/** Compact JSON text, or null when the value is absent. */
export const optJson = (value: unknown): string | null => (value === undefined ? null : stringifyJson(value));

/** The line_start and line_end cells of a line range. */
export const lineCells = (lines: LineRange | undefined) => ({
  line_start: lines?.start ?? null,
  line_end: lines?.end ?? null,
});

import type { LineRange } from "@parcomms/core";
import { valueAt } from "./valueAt";

const isRange = (v: unknown): v is LineRange =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as LineRange).start === "number" &&
  typeof (v as LineRange).end === "number";

/**
 * The source lines behind a place in a plan: the `lines` (or `origin.lines`) of
 * the value at the pointer or of its nearest ancestor that has them.
 *
 * @param plan - the plan as plain data
 * @param pointer - a JSON Pointer into it ("/activities/7/timeframe")
 * @returns the line range, or undefined when nothing on the way carries lines
 * @example
 * linesFor(plan003, "/activities/7/timeframe") // the appendix row's lines (003:430)
 */
export function linesFor(plan: unknown, pointer: string): LineRange | undefined {
  const parts = pointer === "" ? [] : pointer.slice(1).split("/");
  for (let n = parts.length; n >= 0; n--) {
    const path = n === 0 ? "" : `/${parts.slice(0, n).join("/")}`;
    const value = valueAt(plan, path) as Record<string, unknown> | undefined;
    if (!value || typeof value !== "object") continue;
    if (isRange(value.lines)) return value.lines;
    const origin = value.origin as Record<string, unknown> | undefined;
    if (origin && isRange(origin.lines)) return origin.lines;
    if (n === 0) return undefined; // the whole plan's lines are not a useful highlight
  }
  return undefined;
}

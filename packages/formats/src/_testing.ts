import { migratePlan, Plan } from "@parcomms/core";
import * as sample from "@parcomms/sample-data";
import { TableFormatError } from "./TableFormatError";

/** A plan in the current schema: sample-data's plans may still be saved in 1.0 while they are re-encoded. */
const current = (plan: unknown): Plan => Plan.parse(migratePlan(plan).value);

/** The five hand-encoded real plans in the current schema. */
export const plan000 = current(sample.plan000);
export const plan001 = current(sample.plan001);
export const plan002 = current(sample.plan002);
export const plan003 = current(sample.plan003);
export const plan004 = current(sample.plan004);

/** The five hand-encoded real plans, in seed order. */
export const realPlans: readonly Plan[] = [plan000, plan001, plan002, plan003, plan004];

/** The fields of the TableFormatError that `run` throws, for comparing whole errors. */
export function errorOf(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    if (!(error instanceof TableFormatError)) throw error;
    const { code, file, row, column, line, message } = error;
    return Object.fromEntries(
      Object.entries({ code, file, row, column, line, message }).filter(([, v]) => v !== undefined),
    );
  }
  throw new Error("expected a TableFormatError, but nothing was thrown");
}

/** CSV text with its record ends (LF outside quotes) turned into CRLF, quoted line breaks left as they are. */
export function toCrlf(csv: string): string {
  let inQuotes = false;
  let out = "";
  for (const char of csv) {
    if (char === '"') inQuotes = !inQuotes;
    out += char === "\n" && !inQuotes ? "\r\n" : char;
  }
  return out;
}

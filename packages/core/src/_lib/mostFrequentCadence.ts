import { reportingCadences } from "../codelists/reportingCadences";
import type { ReportingCadence } from "../model/Reporting";

const PER_YEAR = new Map<ReportingCadence, number | undefined>(
  reportingCadences.entries.map((e) => [e.code, e.perYear]),
);

/**
 * The cadence with the most reports a year among those with a rate (from the
 * reportingCadences codelist); `undefined` when none has one ("integrated",
 * "periodic", "on-request" alone). Shared by validation and compliance so both
 * compare cadences the same way.
 */
export function mostFrequentCadence(
  cadences: readonly ReportingCadence[],
): { cadence: ReportingCadence; perYear: number } | undefined {
  let best: { cadence: ReportingCadence; perYear: number } | undefined;
  for (const cadence of cadences) {
    const perYear = PER_YEAR.get(cadence);
    if (perYear !== undefined && (!best || perYear > best.perYear)) best = { cadence, perYear };
  }
  return best;
}

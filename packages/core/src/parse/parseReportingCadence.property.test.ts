import fc from "fast-check";
import { describe, it } from "vitest";
import { z } from "zod";
import { expectWellFormed, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from "../_testing/expectParseResult";
import { hostilePhrase, notAString } from "../_testing/hostileText";
import { ReportingCadence } from "../model/Reporting";
import { parseReportingCadence } from "./parseReportingCadence";

const SCHEMA = z.array(ReportingCadence).min(1);

describe("parseReportingCadence on hostile input (property)", () => {
  it(
    "never throws; every failure is coded in parseFailureMessages; every success parses with its schema",
    () => {
      fc.assert(
        fc.property(hostilePhrase(), (input) => {
          const result = parseReportingCadence(input);
          expectWellFormed(result, input, "reporting-cadence", SCHEMA);
        }),
        { seed: 14_03846, numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("fails with a code, never throws, on a value that is not a string", () => {
    fc.assert(
      fc.property(notAString, (input) => {
        expectWellFormed(parseReportingCadence(input as string), input, "reporting-cadence", SCHEMA);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

import fc from "fast-check";
import { describe, it } from "vitest";

import { expectWellFormed, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from "../_testing/expectParseResult";
import { hostilePhrase, notAString } from "../_testing/hostileText";
import { Timeframe } from "../model/Timeframe";
import { parseTimeframe } from "./parseTimeframe";

const SCHEMA = Timeframe;

describe("parseTimeframe on hostile input (property)", () => {
  it(
    "never throws; every failure is coded in parseFailureMessages; every success parses with its schema",
    () => {
      fc.assert(
        fc.property(hostilePhrase(), fc.option(fc.integer({ min: 1900, max: 2200 })), (input, year) => {
          const result = parseTimeframe(input, year === null ? {} : { year });
          expectWellFormed(result, input, "timeframe", SCHEMA);
        }),
        { seed: 14_019878, numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("fails with a code, never throws, on a value that is not a string", () => {
    fc.assert(
      fc.property(notAString, (input) => {
        expectWellFormed(parseTimeframe(input as string), input, "timeframe", SCHEMA);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

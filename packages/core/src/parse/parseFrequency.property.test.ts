import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { expectWellFormed, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from "../_testing/expectParseResult";
import { hostilePhrase, notAString } from "../_testing/hostileText";
import { Frequency, Quota } from "../model/Frequency";
import { frequencyPerYear } from "../time/frequencyPerYear";
import { parseFrequency } from "./parseFrequency";

const SCHEMA = z.union([Frequency, Quota]);

describe("parseFrequency on hostile input (property)", () => {
  it(
    "never throws; every failure is coded in parseFailureMessages; every success parses with its schema",
    () => {
      fc.assert(
        fc.property(hostilePhrase(), (input) => {
          const result = parseFrequency(input);
          expectWellFormed(result, input, "frequency", SCHEMA);
          if (result.ok) expect(Number.isFinite(frequencyPerYear(result.value))).toBe(true);
        }),
        { seed: 14_027958, numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("fails with a code, never throws, on a value that is not a string", () => {
    fc.assert(
      fc.property(notAString, (input) => {
        expectWellFormed(parseFrequency(input as string), input, "frequency", SCHEMA);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

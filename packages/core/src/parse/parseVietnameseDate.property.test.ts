import fc from "fast-check";
import { describe, it } from "vitest";
import { z } from "zod";
import { expectWellFormed, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from "../_testing/expectParseResult";
import { hostilePhrase, notAString } from "../_testing/hostileText";
import { PartialDate } from "../model/PartialDate";
import { parseVietnameseDate } from "./parseVietnameseDate";

/** `ParsedDate` as a schema: a partial date, or a day that recurs every year. */
const SCHEMA = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("date"), date: PartialDate }),
  z.strictObject({
    kind: z.literal("yearly"),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    raw: z.string().min(1),
  }),
]);

describe("parseVietnameseDate on hostile input (property)", () => {
  it(
    "never throws; every failure is coded in parseFailureMessages; every success parses with its schema",
    () => {
      fc.assert(
        fc.property(hostilePhrase(), (input) => {
          const result = parseVietnameseDate(input);
          expectWellFormed(result, input, "date", SCHEMA);
        }),
        { seed: 14_013041, numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("fails with a code, never throws, on a value that is not a string", () => {
    fc.assert(
      fc.property(notAString, (input) => {
        expectWellFormed(parseVietnameseDate(input as string), input, "date", SCHEMA);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

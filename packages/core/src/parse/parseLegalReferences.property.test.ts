import fc from "fast-check";
import { describe, it } from "vitest";
import { z } from "zod";
import { expectWellFormed, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from "../_testing/expectParseResult";
import { hostilePhrase, notAString } from "../_testing/hostileText";
import { LegalReference } from "../model/LegalReference";
import { parseLegalReferences } from "./parseLegalReferences";

const SCHEMA = z.array(LegalReference).min(1);

describe("parseLegalReferences on hostile input (property)", () => {
  it(
    "never throws; every failure is coded in parseFailureMessages; every success parses with its schema",
    () => {
      fc.assert(
        fc.property(hostilePhrase(), fc.boolean(), (input, unnumbered) => {
          const result = parseLegalReferences(input, { unnumbered });
          expectWellFormed(result, input, "legal-reference", SCHEMA);
        }),
        { seed: 14_010729, numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("fails with a code, never throws, on a value that is not a string", () => {
    fc.assert(
      fc.property(notAString, (input) => {
        expectWellFormed(parseLegalReferences(input as string), input, "legal-reference", SCHEMA);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

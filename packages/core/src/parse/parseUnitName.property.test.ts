import fc from "fast-check";
import { describe, it } from "vitest";
import { z } from "zod";
import { expectWellFormed, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from "../_testing/expectParseResult";
import { hostilePhrase, notAString } from "../_testing/hostileText";
import { AdministrativeLevel } from "../model/AdministrativeLevel";
import { UnitKind } from "../model/UnitKind";
import { parseUnitName } from "./parseUnitName";

/** `ParsedUnitName` as a schema: the parser returns no model of its own. */
const SCHEMA = z.strictObject({
  kind: UnitKind,
  level: AdministrativeLevel,
  name: z.string().min(1),
  parents: z.array(z.strictObject({ kind: UnitKind, name: z.string().min(1) })),
});

describe("parseUnitName on hostile input (property)", () => {
  it(
    "never throws; every failure is coded in parseFailureMessages; every success parses with its schema",
    () => {
      fc.assert(
        fc.property(hostilePhrase(), fc.option(fc.integer({ min: 1900, max: 2200 })), (input, year) => {
          const result = parseUnitName(input, year === null ? {} : { year });
          expectWellFormed(result, input, "unit-name", SCHEMA);
        }),
        { seed: 14_025362, numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("fails with a code, never throws, on a value that is not a string", () => {
    fc.assert(
      fc.property(notAString, (input) => {
        expectWellFormed(parseUnitName(input as string), input, "unit-name", SCHEMA);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

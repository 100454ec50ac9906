import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { Activity } from "./Activity";
import type { NotStated } from "./NotStated";
import type { PartialDate } from "./PartialDate";
import type { Plan } from "./Plan";
import type { Timeframe, TimeframeKind } from "./Timeframe";

describe("inferred model types", () => {
  it("infers Plan from its schema, with no hand-written parallel interface", () => {
    expectTypeOf<Plan>().toEqualTypeOf<z.infer<typeof import("./Plan").Plan>>();
  });
  it("keeps 'not stated' distinct from 'absent' for the number", () => {
    expectTypeOf<Plan["number"]>().toEqualTypeOf<string | NotStated | undefined>();
    expectTypeOf<Plan["issueDate"]>().toEqualTypeOf<PartialDate | undefined>();
  });
  it("narrows a timeframe by its kind", () => {
    expectTypeOf<TimeframeKind>().toEqualTypeOf<
      | "continuous"
      | "year"
      | "halves"
      | "quarters"
      | "months"
      | "dateRange"
      | "deadline"
      | "yearlyDate"
      | "trigger"
      | "compound"
    >();
    expectTypeOf<Extract<Timeframe, { kind: "quarters" }>["quarters"]>().toEqualTypeOf<number[]>();
    expectTypeOf<Extract<Timeframe, { kind: "deadline" }>["exclusive"]>().toEqualTypeOf<boolean>();
  });
  it("gives every assignee a role from the three roles", () => {
    expectTypeOf<Activity["assignees"][number]["role"]>().toEqualTypeOf<
      "lead" | "coordinating" | "focal-point"
    >();
  });
});

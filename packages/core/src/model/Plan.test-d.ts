import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { Activity } from "./Activity";
import type { Issuer } from "./Issuer";
import type { NotStated } from "./NotStated";
import type { PartialDate } from "./PartialDate";
import type { PlanPeriod } from "./PeriodId";
import type { Plan } from "./Plan";
import type { PlanTask } from "./planTasks";
import type { Timeframe, TimeframeKind } from "./Timeframe";
import type { UnitRef } from "./UnitRef";

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
      | "years"
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
    expectTypeOf<Extract<Timeframe, { kind: "years" }>["horizon"]>().toEqualTypeOf<number | undefined>();
  });
  it("gives every assignee a role from the four roles, requested (đề nghị) among them", () => {
    expectTypeOf<Activity["assignees"][number]["role"]>().toEqualTypeOf<
      "lead" | "coordinating" | "focal-point" | "requested"
    >();
  });
  it("makes the unit optional (a central body's plan has none), and the title, period, issuer and the issuer's level (a draft may leave them blank)", () => {
    expectTypeOf<Plan["unit"]>().toEqualTypeOf<UnitRef | undefined>();
    expectTypeOf<Plan["title"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Plan["period"]>().toEqualTypeOf<PlanPeriod | undefined>();
    expectTypeOf<Plan["issuer"]>().toEqualTypeOf<Issuer | undefined>();
    expectTypeOf<Issuer["level"]>().toEqualTypeOf<
      "central" | "province" | "district" | "commune" | undefined
    >();
  });
  it("resolves a sub-task to a task that has every field of an activity but its sub-tasks", () => {
    expectTypeOf<PlanTask["timeframe"]>().toEqualTypeOf<Activity["timeframe"]>();
    expectTypeOf<PlanTask>().not.toHaveProperty("subtasks");
  });
});

import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../../_testing/blockPlan002";
import { validatePlan } from "../validatePlan";

describe("activity.requested-only and activity.no-lead per task", () => {
  it("gives 002 V.9 ('Đề nghị Ủy ban Mặt trận Tổ quốc …', 002:137) an info, not no-lead, and is quiet on V.1's sub-tasks", () => {
    expect(validatePlan(blockPlan002()).issues).toEqual([
      {
        code: "activity.requested-only",
        severity: "info",
        path: "/activities/1/assignees",
        params: { activityId: "a-assignment-V.9" },
      },
    ]);
  });

  it("gives a task asked of the Front, to work with offices that coordinate, the info too (001:125 'Đề nghị phối hợp chặt chẽ với các cơ quan của thành phố')", () => {
    const plan = blockPlan002();
    const v9 = plan.activities[1];
    if (!v9) throw new Error("fixture changed");
    v9.assignees = [...v9.assignees, { ref: "ubnd-huyen", role: "coordinating" }];
    expect(validatePlan(plan).issues.map((i) => i.code)).toEqual(["activity.requested-only"]);
  });

  it("checks each sub-task with the block's assignees unless it names its own: e) (002:95) led by nobody is flagged at its path", () => {
    const plan = blockPlan002();
    const block = plan.activities[0];
    const e = block?.subtasks?.[4];
    if (!e) throw new Error("fixture changed");
    e.assignees = [{ ref: "ubnd-huyen", role: "coordinating" }];
    expect(validatePlan(plan).issues.filter((i) => i.code === "activity.no-lead")).toEqual([
      {
        code: "activity.no-lead",
        severity: "warning",
        path: "/activities/0/subtasks/4/assignees",
        params: { activityId: "a-assignment-V.1.e" },
      },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import { officeWorkload } from "./officeWorkload";

describe("officeWorkload", () => {
  it("counts 002 V.1's sub-tasks, each with the block's leads unless it names its own (e) binds the districts alone, 002:95)", () => {
    const rows = officeWorkload(blockPlan002());
    const tasks = (...letters: string[]) => letters.map((l) => `a-assignment-V.1.${l}`);
    expect(rows.find((r) => r.ref === "so-ban-nganh")).toMatchObject({
      leads: 4,
      leadActivities: tasks("a", "b", "c", "d"),
      requested: 0,
    });
    expect(rows.find((r) => r.ref === "ubnd-huyen")).toMatchObject({
      leads: 5,
      leadActivities: tasks("a", "b", "c", "d", "e"),
    });
  });

  it("keeps the Front, requested in 002 V.9 ('Đề nghị Ủy ban Mặt trận Tổ quốc …', 002:137), apart from leads and coordinators", () => {
    expect(officeWorkload(blockPlan002()).find((r) => r.ref === "mttq")).toEqual({
      ref: "mttq",
      kind: "office",
      name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
      leads: 0,
      coordinates: 0,
      requested: 1,
      leadActivities: [],
      coordinatingActivities: [],
      requestedActivities: ["a-assignment-V.9"],
      focalPoint: false,
    });
  });
});

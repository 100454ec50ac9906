import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import { seedLines } from "../_testing/seedLines";
import { codelistCoverage } from "./codelistCoverage";

describe("codelistCoverage", () => {
  it("counts the channels a content item ties its message to (004:68 'Trang thông tin điện tử của phường')", () => {
    const plan = blockPlan002();
    plan.activities = [];
    plan.formsItems = [];
    expect(codelistCoverage(plan).channels.leaf.covered).toEqual([]);
    plan.contentItems = [
      {
        id: "c-9",
        text: seedLines("004", 68),
        lines: { start: 68, end: 68 },
        themes: [],
        channels: ["online.web-portal"],
      },
    ];
    expect(codelistCoverage(plan).channels.leaf.covered).toEqual(["online.web-portal"]);
    expect(codelistCoverage(plan).channels.top.covered).toEqual(["online"]);
  });

  it("counts the codes a sub-task gives of its own: 002 V.1 b) and c) on the web portal (002:89, 002:91)", () => {
    const plan = blockPlan002();
    plan.formsItems = [];
    expect(codelistCoverage(plan).channels.leaf.covered).toEqual(["online.web-portal"]);
  });
});

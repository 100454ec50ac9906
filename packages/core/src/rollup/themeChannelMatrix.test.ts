import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import { themeChannelMatrix } from "./themeChannelMatrix";

describe("themeChannelMatrix", () => {
  it("counts 002 V.1 as its five sub-tasks: b) 12 and c) 4 articles a year on the web portal (002:89, 002:91)", () => {
    const matrix = themeChannelMatrix(blockPlan002());
    expect(matrix.total.activities).toEqual([
      "a-assignment-V.1.a",
      "a-assignment-V.1.b",
      "a-assignment-V.1.c",
      "a-assignment-V.1.d",
      "a-assignment-V.1.e",
      "a-assignment-V.9",
    ]);
    expect(matrix.channels.find((c) => c.channel === "online.web-portal")).toEqual({
      channel: "online.web-portal",
      activities: ["a-assignment-V.1.b", "a-assignment-V.1.c"],
      expectedPerYear: 16,
    });
    expect(matrix.total.expectedPerYear).toBe(16);
  });
});

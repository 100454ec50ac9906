import { describe, expect, it } from "vitest";
import { ChartError } from "./ChartError";
import { findChart } from "./findChart";

describe("findChart", () => {
  it("finds a chart of the registry by id", () => {
    expect(findChart("cadence").title).toEqual({
      vi: "Lịch sản phẩm dự kiến theo tháng",
      en: "Calendar of expected outputs by month",
    });
  });

  it("throws chart/unknown-kind listing the ids, in the language asked for, for unknown and inherited names", () => {
    expect(() => findChart("pie", "en")).toThrow(
      "No chart kind “pie”; the kinds are: heatmap, scorecard, timeline, workload, cadence.",
    );
    expect(() => findChart("toString")).toThrow(ChartError);
    expect(() => findChart("toString")).toThrow("Không có loại biểu đồ “toString”; các loại có: heatmap,");
  });
});

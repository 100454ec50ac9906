import { plan000, plan001, plan002, plan003, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { snapshotPath, testDocument } from "./_lib/testDocument";
import { cadenceCalendarChart } from "./cadenceCalendarChart";
import { svgToString } from "./svgToString";

const months = (row: Record<string, unknown> | undefined) =>
  Array.from({ length: 12 }, (_, i) => row?.[`m${i + 1}`]);

describe("cadenceCalendarChart", () => {
  it("matches the SVG snapshot of the five real plans", { timeout: 30_000 }, async () => {
    const { element } = cadenceCalendarChart(realPlans, { document: testDocument(), language: "en" });
    await expect(svgToString(element)).toMatchFileSnapshot(snapshotPath("cadenceCalendarChart.en"));
  });

  it("spreads 001's weekly item over the weeks of each month of 2024", () => {
    // 001:156 "Mỗi tuần/1 lần": ISO weeks counted in the month holding their Thursday; 52 in the year.
    const { table } = cadenceCalendarChart([plan001], { document: testDocument() });
    expect(months(table.rows[0])).toEqual([4, 5, 4, 4, 5, 4, 4, 5, 4, 5, 4, 4]);
    expect(table.rows[0]?.total).toBe(52);
  });

  it("puts 003's monthly radio column in every month", () => {
    // 003:374 "Mỗi tháng 01 kỳ".
    const { table } = cadenceCalendarChart([plan003], { document: testDocument() });
    expect(table.rows).toHaveLength(1);
    expect(months(table.rows[0])).toEqual(Array(12).fill(1));
  });

  it("makes 002's quarterly and yearly quotas due at the end of their period", () => {
    // 002:89 "tối thiểu 12 tin/bài trong năm" (task V.1 b) and 002:91 "Hàng quý … ít nhất 01 tin/bài"
    // (task V.1 c), 002:123 and 002:127 "Hàng quý, có ít nhất 01 tin/bài", 002:131 "01 lần/1 tháng" (V.8 a).
    const { table, summary } = cadenceCalendarChart([plan002], { document: testDocument() });
    expect(table.rows.map((r) => [r.rate, r.total])).toEqual([
      ["tối thiểu 12 tin/bài trong năm", 12],
      ["Hàng quý, các Sở, ban, ngành, UBND các quận, huyện, thị xã có ít nhất 01 tin/bài", 4],
      ["Hàng quý, có ít nhất 01 tin/bài", 4],
      ["Hàng quý, có ít nhất 01 tin/bài", 4],
      ["01 lần/1 tháng", 12],
    ]);
    expect(months(table.rows[0])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12]);
    expect(months(table.rows[2])).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1]);
    // V.1 b) and c) are two tasks, each with its own output (its own page; the province's portal):
    // 12 + 4 + 4 + 4 + 12. Model 1.0 held both quotas on one activity and counted only the larger.
    expect(summary).toBe("Tỉnh Tây Ninh (2024): 5 tần suất/chỉ tiêu, 36 sản phẩm dự kiến trong năm.");
  });

  it("says so when a plan has no frequency or quota", () => {
    const { summary, table } = cadenceCalendarChart([plan000], { document: testDocument(), language: "en" });
    expect(table.rows).toEqual([]);
    expect(summary).toBe("Sơn Mầu rural commune (2024): no activity has a frequency or quota.");
  });
});

describe("cadenceCalendarChart with sub-tasks (model 1.1)", () => {
  it("gives each quota of 002 V.1 the row of the lettered task it binds, over the whole year", () => {
    // 002:89 b) "tối thiểu 12 tin/bài trong năm"; 002:91 c) "Hàng quý … ít nhất 01 tin/bài": a) alone has the
    // 20/04 deadline (002:87), so the quotas are spread over the whole year.
    const { table } = cadenceCalendarChart([plan002], { document: testDocument() });
    const v1 = table.rows.filter((r) =>
      String(r.activity).startsWith("xây dựng và tổ chức thực hiện kế hoạch"),
    );
    expect(v1.map((r) => [String(r.activity).slice(-4), r.rate, r.total])).toEqual([
      ["· b)", "tối thiểu 12 tin/bài trong năm", 12],
      ["· c)", "Hàng quý, các Sở, ban, ngành, UBND các quận, huyện, thị xã có ít nhất 01 tin/bài", 4],
    ]);
    expect(months(v1[1])).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1]);
    // 002:131 "01 lần/1 tháng" binds the broadcaster's column, task V.8 a), not Báo Tây Ninh.
    expect(table.rows.at(-1)?.activity).toBe(
      "Mở chuyên mục phát sóng định kỳ về CCHC trên hệ phát thanh, truyền hình · a)",
    );
  });
});

import { plan001, plan003, plan004 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { textItemsTable } from "./textItemsTable";

describe("textItemsTable", () => {
  it("shows a content item's heading apart from its text (001:49 '1.4.2. Cải cách TTHC: Tuyên truyền…')", () => {
    const table = textItemsTable(plan001, "content", "vi");
    expect(table.columns.map((c) => c.label)).toEqual([
      "Mục",
      "Tiêu đề",
      "Nội dung",
      "Chủ đề",
      "Hình thức",
      "Văn bản gốc",
    ]);
    const row = table.rows.find((r) => r.ref === "1.4.2");
    expect(row?.heading).toBe("Cải cách TTHC");
    expect(String(row?.text)).toMatch(/^Tuyên truyền các hoạt động triển khai thực hiện mục tiêu/);
    expect(row?.lines).toBe("49–49");
    // 1.4.1-1.4.5 open with a heading (001:45-65); 1.5 (001:67) does not.
    expect(table.rows.filter((r) => r.heading !== "").map((r) => r.ref)).toEqual([
      "1.4.1",
      "1.4.2",
      "1.4.3",
      "1.4.4",
      "1.4.5",
    ]);
    expect(table.rows.find((r) => r.ref === "1.5")?.heading).toBe("");
  });

  it("shows a forms item's heading and channels, in English too (003:124 'b. Công khai các thủ tục hành chính ở Ủy ban nhân dân xã:')", () => {
    const table = textItemsTable(plan003, "forms", "en");
    expect(table.columns.map((c) => c.label)).toEqual([
      "Item",
      "Heading",
      "Text",
      "Themes",
      "Channels",
      "Original document",
    ]);
    expect(table.rows.find((r) => r.ref === "b")).toMatchObject({
      heading: "Công khai các thủ tục hành chính ở Ủy ban nhân dân xã",
      themes: "Public posting of procedures",
      lines: "124–140",
    });
    // 003:142 "c. Thực hiện Chuyên mục Cải cách hành chính:", the column on the commune radio (R5).
    expect(table.rows.find((r) => r.ref === "c")?.heading).toBe("Thực hiện Chuyên mục Cải cách hành chính");
    expect(table.rows).toHaveLength(plan003.formsItems.length);
  });

  it("lists the channels a content item ties its message to (004:68, a column on the ward's web page)", () => {
    const row = textItemsTable(plan004, "content", "en").rows.find((r) =>
      String(r.text).startsWith("Xây dựng chuyên mục thủ tục hành chính"),
    );
    expect(row?.channels).toBe("Web portal or page; Reportage and dedicated columns");
    expect(row?.heading).toBe("");
  });
});

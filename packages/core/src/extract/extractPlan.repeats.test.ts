import { describe, expect, it } from "vitest";
import { extractPlan } from "./extractPlan";

/** A short plan in the standard layout, written for these tests, with `lines` as its content section. */
function withContent(lines: readonly string[]): string {
  return [
    "ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 12/KH-UBND",
    "Tây Ninh, ngày 15 tháng 01 năm 2024",
    "",
    "KẾ HOẠCH",
    "Thông tin, tuyên truyền cải cách hành chính năm 2024",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính.",
    "II. NỘI DUNG, HÌNH THỨC THÔNG TIN, TUYÊN TRUYỀN",
    "1. Nội dung thông tin, tuyên truyền",
    ...lines,
    "2. Hình thức thông tin, tuyên truyền",
    "a) Tuyên truyền trên Cổng thông tin điện tử tỉnh.",
  ].join("\n");
}

describe("extractPlan on an item repeated many times", () => {
  it("gives one letter repeated 300 times ids of bounded length, every one unique", () => {
    const { plan } = extractPlan(withContent(Array.from({ length: 300 }, () => "a) Tuyên truyền")));
    const ids = plan.contentItems.map((i) => i.id);
    expect(ids.slice(0, 4)).toEqual(["c-a", "c-a-bis", "c-a-bis3", "c-a-bis4"]);
    expect(ids).toContain("c-a-bis300");
    expect(new Set(ids).size).toBe(ids.length);
    // Before, each repeat appended "-bis" to the last: the 300th id was 900 characters long.
    expect(ids.map((id) => id.length).reduce((m, v) => Math.max(m, v), -Infinity)).toBeLessThanOrEqual(
      "c-a-bis300".length,
    );
  });

  it("keeps '-bis' for the one repeat a real plan has (002:55 and 002:57 are both 'e)')", () => {
    const lines = [
      "d) Tuyên truyền điểm đột phá.",
      "e) Kỷ luật, kỷ cương.",
      "e) Ý nghĩa của CCHC.",
      "g) Một cửa.",
    ];
    const ids = extractPlan(withContent(lines)).plan.contentItems.map((i) => i.id);
    expect(ids).toEqual(["c-d", "c-e", "c-e-bis", "c-g"]);
  });

  it("numbers 2,000 bullets under one item in order, each a child of it", () => {
    const lines = ["a) Tuyên truyền", ...Array.from({ length: 2000 }, (_, i) => `- Ý ${i + 1}`)];
    const items = extractPlan(withContent(lines)).plan.contentItems;
    const children = items.filter((i) => i.parentId === "c-a");
    expect(children).toHaveLength(2000);
    expect(children.map((c) => c.id)).toEqual(children.map((_, i) => `c-a-${i + 1}`));
  });
});

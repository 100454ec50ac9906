import { describe, expect, it } from "vitest";
import { citeDecision } from "./citeDecision";

describe("citeDecision", () => {
  it("cites a decision's number, symbol and date: 'Quyết định số 512/QĐ-UBND ngày 05/03/2025'", () => {
    expect(
      citeDecision({
        number: "512",
        symbol: "QĐ-UBND",
        issueDate: { year: 2025, month: 3, day: 5, raw: "ngày 05 tháng 3 năm 2025" },
        title: "Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025",
      }),
    ).toBe("Quyết định số 512/QĐ-UBND ngày 05/03/2025");
  });

  it("says 'Quyết định' alone when the number and date slots are blank", () => {
    expect(citeDecision({ title: "Về việc ban hành Kế hoạch" })).toBe("Quyết định");
    expect(citeDecision({ symbol: "QĐ-UBND" })).toBe("Quyết định số …/QĐ-UBND");
  });
});

import { describe, expect, it } from "vitest";
import { citePlanMention } from "./citePlanMention";

// Mentions as a news item writes them: "Ngày 12/3/2025, UBND huyện Định Quán ban hành Kế hoạch số
// 45/KH-UBND về tuyên truyền cải cách hành chính năm 2025".
describe("citePlanMention", () => {
  it("cites number and symbol, the date and the issuer, as documents cite a plan", () => {
    expect(
      citePlanMention({
        number: "45",
        symbol: "KH-UBND",
        issueDate: { year: 2025, month: 3, day: 12 },
        issuer: "UBND huyện Định Quán",
        title: "tuyên truyền cải cách hành chính năm 2025",
        raw: "Kế hoạch số 45/KH-UBND về tuyên truyền cải cách hành chính năm 2025",
      }),
    ).toBe("Kế hoạch số 45/KH-UBND ngày 12/03/2025 của UBND huyện Định Quán");
  });

  it("cites only what the text gives: a month, a year, a symbol with its number left blank", () => {
    expect(citePlanMention({ symbol: "KH-UBND", issueDate: { year: 2024, month: 1 }, raw: "x" })).toBe(
      "Kế hoạch số …/KH-UBND tháng 01/2024",
    );
    expect(citePlanMention({ number: "16", issueDate: { year: 2023 }, raw: "x" })).toBe(
      "Kế hoạch số 16 năm 2023",
    );
    expect(citePlanMention({ issuer: "Sở Nội vụ tỉnh Tây Ninh", raw: "x" })).toBe(
      "Kế hoạch của Sở Nội vụ tỉnh Tây Ninh",
    );
  });

  it("gives the mention as written when it has no number, date or issuer", () => {
    const raw = "kế hoạch tuyên truyền cải cách hành chính năm 2025 của huyện";
    expect(citePlanMention({ period: { start: "2025", end: "2025" }, raw })).toBe(raw);
  });
});

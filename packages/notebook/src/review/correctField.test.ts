import { readPlanFiles } from "@parcomms/ingest";
import { searchUnits, seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { correctField } from "./correctField";

// The draft read from seed 003: xã Gia Tân (003:2), its plan for 2024 (003:5).
const draft = () => {
  const bytes = new TextEncoder().encode(seedText("003_c2f82bd70c212939.txt"));
  const plan = readPlanFiles([{ name: "003.txt", bytes }]).plans[0]?.plan;
  if (!plan) throw new Error("seed 003 gave no plan");
  return plan;
};

describe("correctField", () => {
  it("sets a year as the plan's period, and refuses what is not a year", () => {
    const plan = draft();
    expect(plan.period).toEqual({ start: "2024", end: "2024" });
    const fixed = correctField(plan, "/period", " 2025 ", searchUnits);
    expect(fixed.ok && fixed.plan.period).toEqual({ start: "2025", end: "2025" });
    expect(plan.period).toEqual({ start: "2024", end: "2024" });
    const span = correctField(plan, "/period", "2021-2025", searchUnits);
    expect(span.ok && span.plan.period).toEqual({ start: "2021", end: "2025" });
    const bad = correctField(plan, "/period", "25", searchUnits);
    expect(bad).toEqual({
      ok: false,
      problem: {
        vi: "“25” không phải một năm (1945–2100) hay một khoảng năm như 2021-2025.",
        en: "“25” is not a year (1945–2100) or a span such as 2021-2025.",
      },
    });
    expect(correctField(plan, "/period", "2030-2021", searchUnits).ok).toBe(false);
  });

  it("takes a unit only from the unit list of the plan's era, with its official code", () => {
    const plan = draft();
    expect(plan.unit?.era).toBe("three-tier");
    // xã Sơn Mầu is spelt Sơn Màu in the lists (code 21338).
    const fixed = correctField(plan, "/unit", "xã Sơn Mầu", searchUnits);
    expect(fixed.ok && fixed.plan.unit).toMatchObject({
      name: "Sơn Mầu",
      kind: "xa",
      level: "commune",
      era: "three-tier",
      code: { code: "21338" },
      officialName: "Sơn Màu",
      match: "spelling-differs",
    });
    const unknown = correctField(plan, "/unit", "xã Không Có Thật", searchUnits);
    expect(unknown.ok || unknown.problem.en).toBe(
      "“xã Không Có Thật” is not in the list of administrative units — Three tiers (until 30 June 2025).",
    );
    expect(correctField(plan, "/unit", "Gia Tân", searchUnits).ok).toBe(false);
  });

  it("reads a number with its symbol, a Vietnamese date, a title and an issuer", () => {
    const plan = draft();
    const number = correctField(plan, "/number", "27/KH-UBND", searchUnits);
    expect(number.ok && [number.plan.number, number.plan.symbol]).toEqual(["27", "KH-UBND"]);
    expect(correctField(plan, "/number", "KH-UBND", searchUnits).ok).toBe(false);
    const date = correctField(plan, "/issueDate", "ngày 5 tháng 3 năm 2024", searchUnits);
    expect(date.ok && date.plan.issueDate).toMatchObject({ year: 2024, month: 3, day: 5 });
    expect(correctField(plan, "/issueDate", "hôm qua", searchUnits).ok).toBe(false);
    const title = correctField(plan, "/title", "Tuyên truyền CCHC năm 2024", searchUnits);
    expect(title.ok && title.plan.title).toBe("Tuyên truyền CCHC năm 2024");
    expect(correctField(plan, "/title", "  ", searchUnits).ok).toBe(false);
    const issuer = correctField(plan, "/issuer", "UBND xã Gia Tân", searchUnits);
    expect(issuer.ok && issuer.plan.issuer?.wording).toBe("UBND xã Gia Tân");
    expect(correctField(plan, "/activities", "x", searchUnits).ok).toBe(false);
  });
});

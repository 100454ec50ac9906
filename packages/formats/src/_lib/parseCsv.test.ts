import { describe, expect, it } from "vitest";
import { parseCsv } from "./parseCsv";

describe("parseCsv", () => {
  it("keeps an empty cell (null) apart from a quoted empty one (the empty string)", () => {
    expect(parseCsv('a,b,c\n,"",x\n', "t.csv")).toEqual([
      { cells: ["a", "b", "c"], line: 1 },
      { cells: [null, "", "x"], line: 2 },
    ]);
  });

  it("reads quoted commas, quotes and line breaks, and counts lines through them", () => {
    expect(parseCsv('"a,b","say ""hi""","x\r\ny"\r\nlast,,\r', "t.csv")).toEqual([
      { cells: ["a,b", 'say "hi"', "x\r\ny"], line: 1 },
      { cells: ["last", null, null], line: 3 },
    ]);
  });

  it("drops a leading BOM, skips blank lines and reads a last line without a line end", () => {
    expect(parseCsv("\uFEFFa\n\n\r\nb", "t.csv")).toEqual([
      { cells: ["a"], line: 1 },
      { cells: ["b"], line: 4 },
    ]);
    expect(parseCsv("", "t.csv")).toEqual([]);
  });

  it("keeps a BOM that is not at the start of the file", () => {
    expect(parseCsv("a\n\uFEFFb\n", "t.csv")).toEqual([
      { cells: ["a"], line: 1 },
      { cells: ["\uFEFFb"], line: 2 },
    ]);
  });
});

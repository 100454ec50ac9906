import { describe, expect, it } from "vitest";
import { TableFormatError } from "./TableFormatError";

describe("TableFormatError", () => {
  it("names the code, file, row, line and column in its message and fields", () => {
    const error = new TableFormatError("table.bad-cell", "activities.csv", 'expected an integer, got "x"', {
      row: 3,
      line: 5,
      column: "line_start",
    });
    expect(error).toBeInstanceOf(Error);
    expect({ ...error, name: error.name, message: error.message }).toEqual({
      name: "TableFormatError",
      code: "table.bad-cell",
      file: "activities.csv",
      row: 3,
      line: 5,
      column: "line_start",
      message:
        'table.bad-cell: activities.csv, row 3 (line 5), column "line_start": expected an integer, got "x"',
    });
  });

  it("leaves out the parts of the place it does not know", () => {
    const error = new TableFormatError("table.missing-file", "plans.csv", "the file is missing");
    expect({ ...error, message: error.message }).toEqual({
      name: "TableFormatError",
      code: "table.missing-file",
      file: "plans.csv",
      message: "table.missing-file: plans.csv: the file is missing",
    });
    expect(Object.keys(error).sort()).toEqual(["code", "file", "name"]);
  });
});

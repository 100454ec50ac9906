import { describe, expect, it } from "vitest";
import { makeReadIssue } from "./makeReadIssue";

describe("makeReadIssue", () => {
  it("fills the message of a code in both languages and keeps the place", () => {
    expect(
      makeReadIssue(
        "table.missing-column",
        "csv/activities.csv",
        { column: "title" },
        { line: 1, column: "title" },
      ),
    ).toEqual({
      file: "csv/activities.csv",
      code: "table.missing-column",
      severity: "error",
      message: { vi: "Bảng thiếu cột title.", en: "The table has no column title." },
      line: 1,
      column: "title",
    });
  });

  it("leaves a placeholder without a param as it is", () => {
    expect(makeReadIssue("io.unreadable", "x.json").message.en).toBe("The file cannot be read: {reason}.");
  });
});

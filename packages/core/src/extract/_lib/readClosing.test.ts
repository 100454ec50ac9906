import { describe, expect, it } from "vitest";
import { seedPassage } from "../../_testing/seedLines";
import { prepareLines } from "./prepareLines";
import { readClosing } from "./readClosing";

describe("readClosing", () => {
  it("reads the archive copy “Lưu: …” as recipient with purpose Lưu (002:143-154)", () => {
    const lines = prepareLines(seedPassage("002", 140, 161));
    const closing = readClosing(lines, 140, lines.length);
    expect(closing.recipientsHeading).toBe(143);
    expect(closing.recipients.at(-1)).toEqual({
      name: "VT. VP. UBND tỉnh",
      purpose: "Lưu",
      lines: { start: 154, end: 154 },
    });
    expect(closing.recipients.filter((r) => r.purpose === undefined)).toHaveLength(9);
  });
});

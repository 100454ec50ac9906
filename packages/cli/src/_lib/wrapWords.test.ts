import { describe, expect, it } from "vitest";
import { wrapWords } from "./wrapWords";

describe("wrapWords", () => {
  it("fills lines up to the width, indented", () => {
    expect(wrapWords("Các hoạt động diễn ra trong từng quý", 4, 20)).toEqual([
      "    Các hoạt động",
      "    diễn ra trong",
      "    từng quý",
    ]);
  });

  it("puts a word longer than a line on its own line, and gives no line for no text", () => {
    expect(wrapWords("a supercalifragilistic b", 2, 10)).toEqual(["  a", "  supercalifragilistic", "  b"]);
    expect(wrapWords("", 2, 10)).toEqual([]);
  });
});

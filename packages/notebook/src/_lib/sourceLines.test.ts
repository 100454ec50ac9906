import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { sourceLines } from "./sourceLines";

describe("sourceLines", () => {
  it("composes a decomposed (NFD) text line by line, keeping every line number (000:1-9)", () => {
    const text = seedText("000_34833a3694ee8a96.txt");
    const nfd = text.normalize("NFD");
    const lines = sourceLines(nfd);
    const expected = text.split(/\r?\n/);
    expect(lines).toHaveLength(expected.length);
    expect(lines).toEqual(expected);
    // xã Sơn Mầu names itself on line 5 (000:5), composed again: no combining mark left over.
    expect(nfd).not.toContain("Sơn Mầu");
    expect(lines[4]).toBe("**trên địa bàn xã Sơn Mầu**");
    expect(lines[4]).not.toMatch(/\p{M}/u);
  });

  it("keeps blank lines and a line that starts with a stray combining mark where they are", () => {
    const lines = sourceLines("Ke\u0302\u0301 hoa\u0323ch\r\n\r\n\u0301lẻ\nxa\u0303 So\u031Bn");
    expect(lines).toEqual(["Kế hoạch", "", "\u0301lẻ", "xã Sơn"]);
  });
});

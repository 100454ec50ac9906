import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { docxText } from "../_lib/docxText";
import { writeDocx } from "./writeDocx";

const S003 = "003_c2f82bd70c212939.txt";

describe("writeDocx", () => {
  it("writes a .docx that mammoth reads back line for line, tabs kept (seed 003, xã Gia Tân)", async () => {
    const text = seedText(S003);
    const bytes = writeDocx(text);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // a zip's local header
    expect(await docxText(bytes)).toEqual({ text });
    expect(await docxText(writeDocx("Mục\tNội dung\nI\tMục đích & yêu cầu <chung>"))).toEqual({
      text: "Mục\tNội dung\nI\tMục đích & yêu cầu <chung>",
    });
  });

  it("stores the files uncompressed on request: larger, the same text", async () => {
    const text = seedText(S003);
    const stored = writeDocx(text, { store: true });
    expect(stored.length).toBeGreaterThan(writeDocx(text).length * 3);
    expect(new TextDecoder().decode(stored)).toContain("Kế hoạch");
    expect(await docxText(stored)).toEqual({ text });
  });
});

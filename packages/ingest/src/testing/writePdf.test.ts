import { seedText } from "@parcomms/sample-data";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { writePdf } from "./writePdf";

describe("writePdf", { timeout: 60_000 }, () => {
  it("writes A4 pages with the fonts embedded as subsets, page after page (seed 003, xã Gia Tân)", async () => {
    const bytes = await writePdf(seedText("003_c2f82bd70c212939.txt"));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThan(5);
    expect(new Set(doc.getPages().map((p) => JSON.stringify(p.getSize())))).toEqual(
      new Set([JSON.stringify({ width: 595.28, height: 841.89 })]),
    );
    // a subset of DejaVu Serif, not the whole 700 KB face
    expect(bytes.length).toBeLessThan(400_000);
  });

  it("adds pages as the text grows, and a stamp only when asked", async () => {
    const short = await PDFDocument.load(
      await writePdf("KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024"),
    );
    expect(short.getPageCount()).toBe(1);
    const text = `KẾ HOẠCH\n${"Tuyên truyền cải cách hành chính trên địa bàn xã.\n".repeat(120)}`;
    const plain = await writePdf(text);
    const stamped = await writePdf(text, {
      stamp: { signer: "UBND xã Gia Tân", time: "05.03.2024 08:15:22 +07:00" },
    });
    expect((await PDFDocument.load(plain)).getPageCount()).toBeGreaterThan(2);
    expect(stamped.length).toBeGreaterThan(plain.length);
  });
});

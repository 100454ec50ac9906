import { describe, expect, it } from "vitest";
import WordExtractor from "word-extractor";
import { writeDoc } from "./writeDoc";

const read = async (bytes: Uint8Array) => new WordExtractor().extract(Buffer.from(bytes));

describe("writeDoc", () => {
  it("writes an OLE compound file of 512-byte sectors whose WordDocument stream starts with Word 97's FIB", () => {
    const bytes = writeDoc("KẾ HOẠCH");
    expect([...bytes.subarray(0, 8)]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(bytes.length % 512).toBe(0);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const fib = bytes.findIndex((_, i) => view.getUint16(i, true) === 0xa5ec && i % 512 === 0);
    expect(view.getUint16(fib + 2, true)).toBe(0x00c1); // nFib: Word 97
    expect(view.getUint32(fib + 0x4c, true)).toBe("KẾ HOẠCH\r".length); // ccpText
  });

  it("puts the header and footer in their stories, out of the body, as word-extractor reads them", async () => {
    const document = await read(writeDoc("Nội dung", { header: "ĐẦU TRANG", footer: "Trang 1" }));
    expect(document.getBody()).toBe("Nội dung\n");
    expect(document.getHeaders({ includeFooters: false })).toBe("ĐẦU TRANG\n\n");
    expect(document.getFooters()).toBe("Trang 1\n");
  });

  it("writes table cells and row ends (cell marks, then a row mark Word reads as the row's end)", async () => {
    const document = await read(writeDoc("a\tb\nc\td", { tables: true }));
    expect(document.getBody()).toBe("a\tb\t\nc\td\t\n");
  });

  it("writes 200 paragraphs over several paragraph-property pages, read back line for line", async () => {
    const text = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? `${i}\tô ${i}` : `Dòng ${i + 1}`)).join(
      "\n",
    );
    const body = (await read(writeDoc(text, { tables: true }))).getBody();
    expect(body.replace(/\t\n/g, "\n")).toBe(`${text}\n`);
  });
});

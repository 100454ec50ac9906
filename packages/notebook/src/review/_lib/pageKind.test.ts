import { writeDocx, writeOdt } from "@parcomms/ingest/testing";
import { describe, expect, it } from "vitest";
import { pageKind } from "./pageKind";

describe("pageKind", () => {
  it("knows PDF, PNG, JPEG and both byte orders of TIFF by their first bytes", () => {
    expect(pageKind(new TextEncoder().encode("%PDF-1.7\n"))).toBe("pdf");
    expect(pageKind(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a))).toBe("png");
    expect(pageKind(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toBe("jpeg");
    expect(pageKind(Uint8Array.of(0x49, 0x49, 0x2a, 0x00))).toBe("tiff");
    expect(pageKind(Uint8Array.of(0x4d, 0x4d, 0x00, 0x2a))).toBe("tiff");
  });

  it("gives nothing for files without pages: a text, a .docx, an .odt, an empty file", () => {
    expect(pageKind(new TextEncoder().encode("KẾ HOẠCH\nTuyên truyền CCHC"))).toBeUndefined();
    expect(pageKind(writeDocx("KẾ HOẠCH"))).toBeUndefined();
    expect(pageKind(writeOdt("KẾ HOẠCH"))).toBeUndefined();
    expect(pageKind(new Uint8Array())).toBeUndefined();
  });
});

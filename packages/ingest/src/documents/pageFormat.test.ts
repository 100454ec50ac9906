import { describe, expect, it } from "vitest";
import { pageFormat } from "./pageFormat";

const bytes = (...values: number[]) => new Uint8Array([...values, 0, 0, 0, 0]);

describe("pageFormat", () => {
  it("knows a PDF, PNG, JPEG and both TIFF byte orders by their signatures", () => {
    expect(pageFormat(new TextEncoder().encode("%PDF-1.7\n"))).toBe("pdf");
    expect(pageFormat(bytes(0x89, 0x50, 0x4e, 0x47))).toBe("png");
    expect(pageFormat(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("jpeg");
    expect(pageFormat(bytes(0x49, 0x49, 0x2a, 0x00))).toBe("tiff");
    expect(pageFormat(bytes(0x4d, 0x4d, 0x00, 0x2a))).toBe("tiff");
  });

  it("gives undefined for files without pages and for too few bytes", () => {
    expect(pageFormat(new TextEncoder().encode("KẾ HOẠCH Tuyên truyền"))).toBeUndefined();
    expect(pageFormat(bytes(0x50, 0x4b, 0x03, 0x04))).toBeUndefined(); // a .docx (zip)
    expect(pageFormat(new Uint8Array([0xff, 0xd8]))).toBeUndefined();
  });
});

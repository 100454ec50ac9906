import { describe, expect, it } from "vitest";
import { bomlessUtf16 } from "./bomlessUtf16";

const utf16 = (text: string, endian: "le" | "be") => {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i += 1) view.setUint16(i * 2, text.charCodeAt(i), endian === "le");
  return bytes;
};

describe("bomlessUtf16", () => {
  it("tells UTF-16 LE and BE without a BOM by their zero bytes, Vietnamese text too", () => {
    expect(bomlessUtf16(utf16('[{"id": "plan-003"}]', "le"))).toBe("utf-16le");
    expect(bomlessUtf16(utf16('[{"id": "plan-003"}]', "be"))).toBe("utf-16be");
    expect(bomlessUtf16(utf16("KẾ HOẠCH Tuyên truyền cải cách hành chính năm 2024", "le"))).toBe("utf-16le");
  });

  it("says nothing of UTF-8, of UTF-16 with its BOM, of an odd length or of binary data", () => {
    expect(bomlessUtf16(new TextEncoder().encode("KẾ HOẠCH tuyên truyền"))).toBeUndefined();
    expect(bomlessUtf16(new Uint8Array([0xff, 0xfe, 0x5b, 0x00]))).toBeUndefined();
    expect(bomlessUtf16(new Uint8Array([0x5b, 0x00, 0x5d]))).toBeUndefined();
    expect(bomlessUtf16(new Uint8Array(64))).toBeUndefined();
  });
});

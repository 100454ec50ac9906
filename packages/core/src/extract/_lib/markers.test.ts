import { describe, expect, it } from "vitest";
import { readMarker } from "./markers";

describe("readMarker", () => {
  it("reads the section heading of 001:97 with its full stop, with a dash, and with the stop lost to OCR", () => {
    for (const line of ["IV. TỔ CHỨC THỰC HIỆN", "IV - TỔ CHỨC THỰC HIỆN", "IV TỔ CHỨC THỰC HIỆN"]) {
      expect(readMarker(line)).toEqual({ kind: "roman", ref: "IV", depth: 1, body: "TỔ CHỨC THỰC HIỆN" });
    }
  });

  it("keeps a line starting with a bare numeral as text unless a heading in capitals follows", () => {
    expect(readMarker("I Tuyên truyền trên Cổng thông tin").kind).toBe("plain");
    expect(readMarker("V Trung tâm Văn hóa").kind).toBe("plain");
    expect(readMarker("X").kind).toBe("plain");
    expect(readMarker("IV TỔ CHỨC thực hiện").kind).toBe("plain");
  });

  it("reads the item number of 003:261 with its full stop read as a comma by OCR, not a list of numbers", () => {
    expect(readMarker("9, Đề nghị Uỷ ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã")).toEqual({
      kind: "decimal",
      ref: "9",
      depth: 1,
      body: "Đề nghị Uỷ ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã",
    });
    expect(readMarker("9, 10 và 11 năm 2024").kind).toBe("plain");
    expect(readMarker("9, các ngành").kind).toBe("plain");
    expect(readMarker("2024, Ủy ban nhân dân").kind).toBe("plain");
  });

  it("reads numbers, letters and bullets as before", () => {
    expect(readMarker("1. Tuyên truyền").ref).toBe("1");
    expect(readMarker("đ) Tổ chức").ref).toBe("đ");
    expect(readMarker("- Tuyên truyền").kind).toBe("bullet");
    expect(readMarker("2021 - 2030").kind).toBe("plain");
  });
});

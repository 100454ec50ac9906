import { describe, expect, it } from "vitest";
import { foldVietnamese } from "./foldVietnamese";

describe("foldVietnamese", () => {
  it("000:5 'Sơn Mầu' and the statistics office's 'Sơn Màu' fold alike", () => {
    expect(foldVietnamese("Sơn Mầu")).toBe("son mau");
    expect(foldVietnamese("Sơn Màu")).toBe("son mau");
  });
  it("folds NFD input and either tone-mark placement alike", () => {
    expect(foldVietnamese("Hoà".normalize("NFD"))).toBe(foldVietnamese("Hòa"));
    expect(foldVietnamese("Thanh Hóa")).toBe("thanh hoa");
  });
  it("maps đ to d and collapses white space and line breaks", () => {
    expect(foldVietnamese("  Đài truyền\n thanh  xã ")).toBe("dai truyen thanh xa");
  });
});

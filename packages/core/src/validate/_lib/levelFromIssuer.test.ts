import { describe, expect, it } from "vitest";
import { levelFromIssuer } from "./levelFromIssuer";

describe("levelFromIssuer", () => {
  it("reads the first unit-kind word of seed issuers", () => {
    expect(levelFromIssuer("UBND huyện Sơn Tây")).toBe("district"); // 000:7
    expect(levelFromIssuer("Chủ tịch UBND tỉnh Bắc Giang")).toBe("province"); // 001:11
    expect(levelFromIssuer("UBND huyện Gia Lộc")).toBe("district"); // 003:4
    expect(levelFromIssuer("Ủy ban nhân dân xã Gia Tân")).toBe("commune"); // 003:289
    expect(levelFromIssuer("UBND TP. Bắc Giang")).toBe("district");
  });

  it("prefers the longer kind word at the same place and keeps diacritics apart", () => {
    expect(levelFromIssuer("UBND thị xã Tây Ninh")).toBe("district");
    expect(levelFromIssuer("UBND thành phố thuộc tỉnh Bắc Giang")).toBe("district");
    expect(levelFromIssuer("UBND thành phố trực thuộc trung ương Hải Phòng")).toBe("province");
    expect(levelFromIssuer("UBND huyện Sơn Tịnh")).toBe("district");
    expect(levelFromIssuer("Xã Sơn Mầu".normalize("NFD"))).toBe("commune");
  });

  it("gives undefined when no kind word settles the level", () => {
    expect(levelFromIssuer("UBND thành phố Hải Phòng")).toBeUndefined();
    expect(levelFromIssuer("Thủ tướng Chính phủ")).toBeUndefined();
    expect(levelFromIssuer("")).toBeUndefined();
  });
});

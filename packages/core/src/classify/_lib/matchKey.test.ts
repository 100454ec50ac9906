import { describe, expect, it } from "vitest";
import { matchKey } from "./matchKey";

describe("matchKey", () => {
  it("joins a phrase's tokens with single spaces", () => {
    expect(matchKey("Phòng, chống  tham nhũng")).toBe("phong , chong tham nhung");
  });

  it("003_c2f82bd70c212939.txt:118-119 is the same across a line break, dashes and diacritic forms", () => {
    expect(matchKey("Đài \ntruyền thanh cơ sở")).toBe("dai truyen thanh co so");
    expect(matchKey("đài truyền thanh - cơ sở".normalize("NFD"))).toBe("dai truyen thanh co so");
  });
});

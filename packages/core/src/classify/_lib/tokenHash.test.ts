import { describe, expect, it } from "vitest";
import { tokenHash } from "./tokenHash";

describe("tokenHash", () => {
  it("hashes equal tokens alike and the syllables of 'đài truyền thanh xã' apart", () => {
    expect(tokenHash("dai")).toBe(tokenHash("dai"));
    const hashes = ["dai", "truyen", "thanh", "xa", ",", ""].map(tokenHash);
    expect(new Set(hashes).size).toBe(6);
  });
  it("is a non-negative small integer", () => {
    for (const token of ["dai", "truyen", "|", "ubnd", "2024"]) {
      const hash = tokenHash(token);
      expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 30).toBe(true);
    }
  });
});

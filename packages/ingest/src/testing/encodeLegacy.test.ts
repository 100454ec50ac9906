import { describe, expect, it } from "vitest";
import { encodeLegacy } from "./encodeLegacy";

describe("encodeLegacy", () => {
  it("writes TCVN3, VNI and VIQR text and its windows-1252 bytes", () => {
    expect(encodeLegacy("Kế hoạch", "TCVN3")).toEqual({
      text: "KÕ ho¹ch",
      bytes: new Uint8Array([0x4b, 0xd5, 0x20, 0x68, 0x6f, 0xb9, 0x63, 0x68]),
    });
    expect(encodeLegacy("Kế hoạch", "VNI").text).toBe("Keá hoaïch");
    expect(encodeLegacy("Kế hoạch đã ra.", "VIQR").text).toBe("Ke^' hoa.ch dda~ ra\\.");
  });

  it("writes TCVN3 capitals as .VnTimeH text has them: seven of their own, the rest with the small letter's byte", () => {
    expect(encodeLegacy("ĐĂNG ỦY", "TCVN3").text).toBe("§¡NG ñY");
    expect(encodeLegacy("ĐẢNG ỦY", "VNI").text).toBe("ÑAÛNG UÛY");
  });

  it("writes windows-1252 punctuation as its byte and refuses what the encoding cannot write", () => {
    // 000 has “ ” and –: bytes 0x93, 0x94, 0x96
    expect([...encodeLegacy("“a” – b", "TCVN3").bytes]).toEqual([0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x62]);
    expect(() => encodeLegacy("© 2024", "TCVN3")).toThrow(
      /"©" cannot be written in TCVN3: its byte is the letter "â"/,
    );
    expect(() => encodeLegacy("→", "VNI")).toThrow(RangeError);
  });
});

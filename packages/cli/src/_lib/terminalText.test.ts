import { describe, expect, it } from "vitest";
import { terminalText } from "./terminalText";

describe("terminalText", () => {
  it("shows escape sequences, C0 and C1 controls, DEL and bidirectional controls as \\uXXXX escapes", () => {
    expect(terminalText("\u001b[31mđỏ\u001b[0m")).toBe("\\u001b[31mđỏ\\u001b[0m");
    expect(terminalText("\u001b]0;tiêu đề\u0007")).toBe("\\u001b]0;tiêu đề\\u0007");
    expect(terminalText("a\u0000b\u0008c\u007fd\u009b2Je\u0085")).toBe(
      "a\\u0000b\\u0008c\\u007fd\\u009b2Je\\u0085",
    );
    expect(terminalText("xã\u202eNÂT\u2066\u2069\u200e\u200f\u061c\u2028\u2029")).toBe(
      "xã\\u202eNÂT\\u2066\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029",
    );
  });

  it("keeps Vietnamese text (NFC and NFD), tabs, line feeds and CRLF, and shows a lone CR", () => {
    const vietnamese = "Ủy ban nhân dân xã Gia Tân\n\tKế hoạch số 13/KH-UBND\r\n";
    expect(terminalText(vietnamese)).toBe(vietnamese);
    expect(terminalText(vietnamese.normalize("NFD"))).toBe(vietnamese.normalize("NFD"));
    expect(terminalText("đúng\rsai")).toBe("đúng\\u000dsai");
  });

  it("leaves JSON valid and meaning the same data", () => {
    const value = { unit: "Gia Tân\u001b[2J\u009b\u202e\u2028\\\u202e", n: 3 };
    const json = terminalText(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u0080-\u009f\u202e\u2028]/u);
    expect(JSON.parse(json)).toEqual(value);
  });
});

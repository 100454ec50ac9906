import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { toCrlf } from "./toCrlf";

const text = seedText("001_ec564b67ad28c11a.txt");

describe("toCrlf", () => {
  it("ends every line in CR LF and keeps the line count", () => {
    const damaged = toCrlf(text);
    expect(damaged.split("\r\n")).toEqual(text.split("\n"));
    expect(damaged.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("is idempotent", () => {
    expect(toCrlf(toCrlf(text))).toBe(toCrlf(text));
  });

  it("keeps line 3 of 001 as it is (001:3 'Số: /KH-UBND')", () => {
    expect(toCrlf(text).split("\r\n")[2]).toBe("Số: /KH-UBND");
  });
});

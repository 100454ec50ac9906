import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { toNfd } from "./toNfd";

const text = seedText("000_34833a3694ee8a96.txt");

describe("toNfd", () => {
  it("decomposes every letter and round-trips through NFC", () => {
    const damaged = toNfd(text);
    expect(damaged).not.toBe(text);
    expect(damaged.normalize("NFC")).toBe(text.normalize("NFC"));
    expect(damaged.normalize("NFD")).toBe(damaged);
  });

  it("keeps the line count and is idempotent", () => {
    expect(toNfd(text).split("\n")).toHaveLength(text.split("\n").length);
    expect(toNfd(toNfd(text))).toBe(toNfd(text));
  });

  it("splits 'ò' into 'o' and a combining grave", () => {
    expect(toNfd("Hòa")).toBe("Ho\u0300a");
  });
});

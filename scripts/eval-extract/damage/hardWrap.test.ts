import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { hardWrap } from "./hardWrap";

const text = seedText("003_c2f82bd70c212939.txt");
const options = { min: 70, max: 80, seed: 7 };
const squeeze = (t: string) => t.replace(/\s+/g, "");

describe("hardWrap", () => {
  it("leaves no line over 80 characters unless one word is longer", () => {
    for (const line of hardWrap(text, options).split("\n")) {
      if (line.length > 80) expect(line.slice(0, 81)).not.toMatch(/ /);
    }
  });

  it("preserves the content modulo whitespace", () => {
    expect(squeeze(hardWrap(text, options))).toBe(squeeze(text));
  });

  it("adds lines only where a line was longer than max", () => {
    const long = text.split("\n").filter((l) => l.length > 80).length;
    const wrapped = hardWrap(text, options).split("\n");
    expect(wrapped.length).toBeGreaterThan(text.split("\n").length + long - 1);
  });

  it("is deterministic per seed and differs across seeds", () => {
    expect(hardWrap(text, options)).toBe(hardWrap(text, options));
    expect(hardWrap(text, { ...options, seed: 8 })).not.toBe(hardWrap(text, options));
  });

  it("is idempotent on text whose lines are all short", () => {
    const short = "1. Mục đích\n\n- Nâng cao nhận thức";
    expect(hardWrap(short, options)).toBe(short);
  });

  it("breaks at a space and drops the space", () => {
    const line = `${"x".repeat(60)} ${"y".repeat(30)}`;
    expect(hardWrap(line, options)).toBe(`${"x".repeat(60)}\n${"y".repeat(30)}`);
  });
});

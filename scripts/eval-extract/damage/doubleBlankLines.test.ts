import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { doubleBlankLines } from "./doubleBlankLines";

const text = seedText("002_9c9d59d1a9d0f229.txt");
const lines = text.split("\n");
const blank = lines.filter((l) => l.trim() === "").length;

describe("doubleBlankLines", () => {
  it("adds exactly one line per blank line", () => {
    expect(doubleBlankLines(text).split("\n")).toHaveLength(lines.length + blank);
  });

  it("keeps the non-blank lines in order", () => {
    const kept = (t: string) => t.split("\n").filter((l) => l.trim() !== "");
    expect(kept(doubleBlankLines(text))).toEqual(kept(text));
  });

  it("doubles a blank line between two items", () => {
    expect(doubleBlankLines("I. MỤC ĐÍCH\n\n1. Mục đích")).toBe("I. MỤC ĐÍCH\n\n\n1. Mục đích");
  });
});

import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { insertPageFurniture } from "./insertPageFurniture";

const text = seedText("004_f3b844502d811123.txt");
const header = "KẾ HOẠCH Tuyên truyền cải cách hành chính năm 2025";

describe("insertPageFurniture", () => {
  const damaged = insertPageFurniture(text, { every: 40, header, seed: 3 }).split("\n");
  const original = text.split("\n");

  it("inserts two lines per page break and changes no line of the text", () => {
    const inserted = damaged.length - original.length;
    expect(inserted).toBeGreaterThan(0);
    expect(inserted % 2).toBe(0);
    const headers = damaged.filter((l) => l === header).length;
    expect(inserted).toBe(2 * headers);
  });

  it("numbers the pages 1, 2, 3 … in one style", () => {
    const numbers = damaged
      .map((l, i) => (damaged[i + 1] === header ? l : undefined))
      .filter((l): l is string => l !== undefined);
    const plain = numbers.map((n) => n.replace(/^- (\d+) -$/, "$1"));
    expect(plain).toEqual(plain.map((_, i) => String(i + 1)));
    expect(new Set(numbers.map((n) => n.startsWith("-"))).size).toBe(1);
  });

  it("keeps the original lines in order once the furniture is dropped", () => {
    const furniture = (l: string, i: number) => l === header || damaged[i + 1] === header;
    expect(damaged.filter((l, i) => !furniture(l, i))).toEqual(original);
  });

  it("is deterministic per seed", () => {
    expect(insertPageFurniture(text, { every: 40, header, seed: 3 })).toBe(damaged.join("\n"));
  });
});

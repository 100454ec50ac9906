import { snappyCompress } from "hyparquet-writer/src/snappy.js";
import { describe, expect, it } from "vitest";
import { countingCompressors, type InflatedCount, InflatedPastBudget } from "./parquetBudget";

const text = new TextEncoder().encode("Tuyên truyền cải cách hành chính. ".repeat(100));

describe("countingCompressors", () => {
  it("inflates Snappy pages as hyparquet's own does, counting each page's size before allocating it", () => {
    const page = snappyCompress(text);
    expect(page.length * 10).toBeLessThan(text.length);
    const count: InflatedCount = { bytes: 100, limit: 100 + 2 * text.length };
    const snappy = countingCompressors(count).SNAPPY as (input: Uint8Array, length: number) => Uint8Array;
    expect(snappy(page, text.length)).toEqual(text);
    expect(count.bytes).toBe(100 + text.length);
    expect(snappy(page, text.length)).toEqual(text);
    expect(count.bytes).toBe(100 + 2 * text.length);
  });

  it("stops at the page that would pass the budget, whatever its data, and refuses a length that is not a size", () => {
    const count: InflatedCount = { bytes: 0, limit: 1_000 };
    const snappy = countingCompressors(count).SNAPPY as (input: Uint8Array, length: number) => Uint8Array;
    // a page header claiming 1 GB for 3 bytes of data: refused before a byte is allocated
    let thrown: unknown;
    try {
      snappy(new Uint8Array([0, 0, 0]), 1024 ** 3);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InflatedPastBudget);
    expect(thrown).toMatchObject({ size: 1024 ** 3, limit: 1_000 });
    expect(count.bytes).toBe(0);
    expect(() => snappy(new Uint8Array([0]), Number.NaN)).toThrow("a page claims NaN bytes once inflated");
    expect(() => snappy(new Uint8Array([0]), -1)).toThrow("a page claims -1 bytes once inflated");
  });

  it("reads no other codec: hyparquet reports those pages as unsupported", () => {
    expect(Object.keys(countingCompressors({ bytes: 0, limit: 1 }))).toEqual(["SNAPPY"]);
  });
});

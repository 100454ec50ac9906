import { parquetMetadata } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { errorOf, plan003, realPlans } from "./_testing";
import { planTableSpecs } from "./planTableSpecs";
import { planTables } from "./planTables";
import { tablesFromParquet } from "./tablesFromParquet";
import { tablesToParquet } from "./tablesToParquet";

const activitiesOnly = { activities: planTableSpecs.activities };
const contentOnly = { content_items: planTableSpecs.content_items };
const themesOnly = { activity_themes: planTableSpecs.activity_themes };

/** The footer's sizes and value counts of every column chunk, in file order. */
function chunkSizes(bytes: Uint8Array): { uncompressed: number; values: number }[] {
  const metadata = parquetMetadata(bytes.slice().buffer);
  return metadata.row_groups.flatMap((group) =>
    group.columns.map((c) => ({
      uncompressed: Number(c.meta_data?.total_uncompressed_size),
      values: Number(c.meta_data?.num_values),
    })),
  );
}

/** What the footer says reading every column takes: the pages inflated, and 8 bytes a value. */
function budgetOf(bytes: Uint8Array): { pages: number; values: number; total: number } {
  const chunks = chunkSizes(bytes);
  const pages = chunks.reduce((sum, c) => sum + c.uncompressed, 0);
  const values = 8 * chunks.reduce((sum, c) => sum + c.values, 0);
  return { pages, values, total: pages + values };
}

/** Thrift compact's zigzag varint of a non-negative i64. */
function varint(value: number): number[] {
  const out: number[] = [];
  let rest = value * 2;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

/**
 * The file with every column chunk's total_uncompressed_size (ColumnMetaData field 6, an i64 written as
 * the byte 0x16 and a zigzag varint) made to say 1 byte, padded to the same length so nothing moves.
 */
function lyingFooter(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const footerLength = new DataView(out.buffer).getUint32(out.length - 8, true);
  let at = out.length - 8 - footerLength;
  for (const { uncompressed } of chunkSizes(bytes)) {
    const needle = [0x16, ...varint(uncompressed)];
    while (at < out.length && !needle.every((b, k) => out[at + k] === b)) at++;
    if (at >= out.length) throw new Error(`no total_uncompressed_size ${uncompressed} in the footer`);
    const n = needle.length - 1;
    const one = n === 1 ? [0x02] : [0x82, ...Array<number>(n - 2).fill(0x80), 0x00];
    out.set(one, at + 1);
    at += needle.length;
  }
  return out;
}

describe("tablesFromParquet's inflated-size budget", () => {
  const files = tablesToParquet(planTables(realPlans));
  const content = files["content_items.parquet"] as Uint8Array;
  // the real plans' content items (seeds 000–004), Snappy-compressed as tablesToParquet writes them
  const { pages, values, total: declared } = budgetOf(content);

  it("reads the five real plans under the default budget and under a budget of exactly their size", () => {
    const tables = planTables(realPlans);
    expect(tablesFromParquet(files)).toStrictEqual(tables);
    expect(
      tablesFromParquet({ "content_items.parquet": content }, contentOnly, { maxInflatedBytes: declared }),
    ).toStrictEqual({ content_items: tables.content_items });
  });

  it("refuses a file whose footer declares more than the budget, before reading a page", () => {
    expect(pages).toBeGreaterThan(content.length);
    const cells =
      planTables(realPlans).content_items.rows.length * planTableSpecs.content_items.columns.length;
    expect(values).toBe(8 * cells);
    const limit = declared - 1;
    expect(
      errorOf(() =>
        tablesFromParquet({ "content_items.parquet": content }, contentOnly, { maxInflatedBytes: limit }),
      ),
    ).toEqual({
      code: "table.inflated-too-large",
      file: "content_items.parquet",
      size: declared,
      limit,
      message: `table.inflated-too-large: content_items.parquet: reading it takes ${declared} bytes or more (its pages inflated, 8 a value), over the budget of ${limit} (maxInflatedBytes)`,
    });
  });

  it("counts only the columns it reads: extra columns of another writer do not count", () => {
    const extra = "Tuyên truyền cải cách hành chính ".repeat(400);
    const file = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: "plan_id", data: ["003"], type: "STRING" },
          { name: "activity_id", data: ["a-1"], type: "STRING" },
          { name: "position", data: [0], type: "INT32" },
          { name: "theme_code", data: ["procedures"], type: "STRING" },
          { name: "notes", data: [extra], type: "STRING" },
        ],
      }),
    );
    expect(budgetOf(file).total).toBeGreaterThan(4096);
    expect(
      tablesFromParquet({ "activity_themes.parquet": file }, themesOnly, { maxInflatedBytes: 4096 })
        .activity_themes.rows,
    ).toEqual([["003", "a-1", 0, "procedures"]]);
  });

  it("stops a file whose footer lies about its sizes by its pages' own headers", () => {
    const lying = lyingFooter(content);
    expect(lying.length).toBe(content.length);
    expect(chunkSizes(lying).every((c) => c.uncompressed === 1)).toBe(true);
    const limit = values + 2048;
    // the footer now declares one byte a chunk, so with the values' share it is under the budget:
    // only the pages' own headers (read before any page is inflated) can stop it
    expect(budgetOf(lying).total).toBeLessThan(limit);
    expect(pages).toBeGreaterThan(2048);
    const error = errorOf(() =>
      tablesFromParquet({ "content_items.parquet": lying }, contentOnly, { maxInflatedBytes: limit }),
    );
    expect(error).toMatchObject({ code: "table.inflated-too-large", file: "content_items.parquet", limit });
    expect(error.size).toBeGreaterThan(limit);
    expect(error.size).toBeLessThanOrEqual(declared);
    // under a budget the real pages fit in, the lying footer does not matter
    expect(
      tablesFromParquet({ "content_items.parquet": lying }, contentOnly, { maxInflatedBytes: declared }),
    ).toStrictEqual({ content_items: planTables(realPlans).content_items });
  });

  it("counts 8 bytes a value: 200,000 rows of one repeated text are a few KB of pages, not of memory", () => {
    const rows = 200_000;
    const many = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: "plan_id", data: new Array<string>(rows).fill(plan003.id), type: "STRING" },
          { name: "activity_id", data: new Array<string>(rows).fill("a-1"), type: "STRING" },
          { name: "position", data: new Int32Array(rows), type: "INT32" },
          { name: "theme_code", data: new Array<string>(rows).fill("procedures"), type: "STRING" },
        ],
      }),
    );
    expect(many.length).toBeLessThan(20_000);
    const limit = 1024 * 1024;
    expect(budgetOf(many).pages).toBeLessThan(limit / 100);
    expect(budgetOf(many).values).toBe(8 * 4 * rows);
    expect(
      errorOf(() =>
        tablesFromParquet({ "activity_themes.parquet": many }, themesOnly, { maxInflatedBytes: limit }),
      ),
    ).toMatchObject({ code: "table.inflated-too-large", size: budgetOf(many).total, limit });
  });

  it("refuses a small file of text that Snappy compresses many times over", () => {
    const text = Array.from(
      { length: 2_000 },
      (_, i) => `${"Tuyên truyền cải cách hành chính. ".repeat(40)}${i}`,
    );
    const bomb = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: "plan_id", data: text.map(() => plan003.id), type: "STRING" },
          { name: "position", data: text.map((_, i) => i), type: "INT32" },
          { name: "content_item_id", data: text.map((_, i) => `c-${i}`), type: "STRING" },
          { name: "text", data: text, type: "STRING" },
        ],
      }),
    );
    expect(budgetOf(bomb).pages / bomb.length).toBeGreaterThan(10);
    const limit = 1024 * 1024;
    expect(budgetOf(bomb).values).toBeLessThan(limit);
    expect(
      errorOf(() =>
        tablesFromParquet({ "content_items.parquet": bomb }, contentOnly, { maxInflatedBytes: limit }),
      ),
    ).toMatchObject({ code: "table.inflated-too-large", size: budgetOf(bomb).total, limit });
  });

  it("keeps the budget per file: each of a set may use all of it", () => {
    const activities = files["activities.parquet"] as Uint8Array;
    const budget = Math.max(declared, budgetOf(activities).total);
    expect(declared + budgetOf(activities).total).toBeGreaterThan(budget);
    const both = { ...activitiesOnly, ...contentOnly };
    const read = tablesFromParquet(files, both, { maxInflatedBytes: budget });
    expect(read.activities.rows.length).toBe(planTables(realPlans).activities.rows.length);
    expect(read.content_items.rows.length).toBe(planTables(realPlans).content_items.rows.length);
  });
});

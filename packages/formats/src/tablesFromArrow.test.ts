import {
  Table as ArrowTable,
  type Codec,
  CompressionType,
  columnFromArray,
  Endianness,
  field,
  int32,
  int64,
  setCompressionCodec,
  tableFromArrays,
  tableToIPC,
  utf8,
  Version,
} from "@uwdata/flechette";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPlans } from "./_arbitraryPlan";
import { errorOf, plan003, realPlans } from "./_testing";
import { plansFromTables } from "./plansFromTables";
import { planTableSpecs } from "./planTableSpecs";
import { planTables } from "./planTables";
import { tablesFromArrow } from "./tablesFromArrow";
import { tablesToArrow } from "./tablesToArrow";

const themesOnly = { activity_themes: planTableSpecs.activity_themes };
const ipc = (table: ArrowTable) => tableToIPC(table, { format: "file" }) ?? new Uint8Array();

describe("tablesFromArrow", () => {
  it("gives back the five real plans exactly through Arrow", () => {
    const tables = planTables(realPlans);
    expect(tablesFromArrow(tablesToArrow(tables))).toStrictEqual(tables);
    expect(plansFromTables(tablesFromArrow(tablesToArrow(tables)))).toStrictEqual(realPlans);
  });

  it("gives back every generated plan exactly through Arrow, a leading U+FEFF included (property)", () => {
    fc.assert(
      fc.property(arbitraryPlans, (plans) => {
        expect(plansFromTables(tablesFromArrow(tablesToArrow(planTables(plans))))).toStrictEqual(plans);
      }),
      { seed: 17, numRuns: 100 },
    );
    const plan = { ...plan003, title: "\uFEFFTuyên truyền" };
    expect(plansFromTables(tablesFromArrow(tablesToArrow(planTables([plan]))))).toStrictEqual([plan]);
  }, 30_000);

  it("reads tables other writers make: inferred types, int64, dictionary-encoded text, stream format", () => {
    const table = tableFromArrays(
      {
        plan_id: ["003", "003"],
        activity_id: ["a-1", "a-1"],
        position: [0n, 1n],
        theme_code: ["procedures", "results"],
        extra: [true, false],
      },
      { types: { position: int64() } },
    );
    const rows = [
      ["003", "a-1", 0, "procedures"],
      ["003", "a-1", 1, "results"],
    ];
    expect(tablesFromArrow({ "activity_themes.arrow": ipc(table) }, themesOnly).activity_themes.rows).toEqual(
      rows,
    );
    const stream = tableToIPC(table, { format: "stream" }) ?? new Uint8Array();
    expect(tablesFromArrow({ "activity_themes.arrow": stream }, themesOnly).activity_themes.rows).toEqual(
      rows,
    );
  });

  it("reports a missing file and bytes that are not Arrow", () => {
    const { "plans.arrow": _, ...files } = tablesToArrow(planTables([plan003]));
    expect(errorOf(() => tablesFromArrow(files))).toEqual({
      code: "table.missing-file",
      file: "plans.arrow",
      message: "table.missing-file: plans.arrow: the file is missing",
    });
    const text = new TextEncoder().encode("plan_id,activity_id,position,theme_code\n");
    expect(errorOf(() => tablesFromArrow({ "activity_themes.arrow": text }, themesOnly))).toMatchObject({
      code: "table.bad-file",
      file: "activity_themes.arrow",
    });
  });

  it("refuses compressed IPC (LZ4, ZSTD) with table.bad-file: no codec is registered, so nothing inflates", () => {
    const table = tableFromArrays({
      plan_id: Array.from({ length: 200 }, () => "003"),
      activity_id: Array.from({ length: 200 }, () => "a-1"),
      position: Array.from({ length: 200 }, (_, i) => i),
      theme_code: Array.from({ length: 200 }, () => "procedures"),
    });
    // a stand-in codec, registered only to write: what it writes is never decoded
    const shrink: Codec = { encode: (bytes) => bytes.subarray(0, 1), decode: () => new Uint8Array() };
    const written: Uint8Array[] = [];
    for (const codec of [CompressionType.LZ4_FRAME, CompressionType.ZSTD]) {
      setCompressionCodec(codec, shrink);
      try {
        written.push(tableToIPC(table, { format: "file", codec }) ?? new Uint8Array());
      } finally {
        setCompressionCodec(codec, null as unknown as Codec);
      }
    }
    expect(
      written.map((bytes) => errorOf(() => tablesFromArrow({ "activity_themes.arrow": bytes }, themesOnly))),
    ).toEqual([
      {
        code: "table.bad-file",
        file: "activity_themes.arrow",
        message:
          'table.bad-file: activity_themes.arrow: not an Arrow IPC file: Missing compression codec "LZ4_FRAME" (id 0)',
      },
      {
        code: "table.bad-file",
        file: "activity_themes.arrow",
        message:
          'table.bad-file: activity_themes.arrow: not an Arrow IPC file: Missing compression codec "ZSTD" (id 1)',
      },
    ]);
  });

  it("reports a damaged file that claims more values than it holds, without building them", () => {
    // Found by the property suite: one flipped byte in a field node of subtasks.arrow (plan 003) made a
    // column of 83,886,094 values out of 17 KB, and reading it ran out of memory.
    const bytes = ipc(
      tableFromArrays({ plan_id: ["a", "b", "c"], position: [0, 1, 2] }, { types: { position: int32() } }),
    );
    const node = (n: number) => [n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const nodes = [...node(3), ...node(3)];
    const at = bytes.findIndex((_, i) => nodes.every((b, j) => bytes[i + j] === b));
    expect(at).toBeGreaterThan(0);
    const damaged = bytes.slice();
    damaged.set([0x0e, 0x00, 0x00, 0x05], at + 16); // the second column's length: 83,886,094
    const spec = {
      name: "pairs",
      description: "",
      columns: [
        { name: "plan_id", type: "string", description: "", nullable: false },
        { name: "position", type: "integer", description: "", nullable: false },
      ],
    } as const;
    expect(errorOf(() => tablesFromArrow({ "pairs.arrow": damaged }, { pairs: spec }))).toEqual({
      code: "table.bad-file",
      file: "pairs.arrow",
      message: 'table.bad-file: pairs.arrow: column "position" has 83886094 values for 3 rows',
    });
    // Found by the property suite too (references.arrow of plan 003): a vector of the file's metadata that
    // claims 2³¹ − 1 entries made flechette build them all (out of memory). Refused before flechette reads
    // it, so an unpatched flechette (as a user installs it) is safe too.
    const vector = bytes.slice();
    vector.set([0xff, 0xff, 0xff, 0x7f], at - 4); // the count of the record batch's field nodes
    expect(errorOf(() => tablesFromArrow({ "pairs.arrow": vector }, { pairs: spec }))).toEqual({
      code: "table.bad-file",
      file: "pairs.arrow",
      message:
        "table.bad-file: pairs.arrow: not an Arrow IPC file: the message at byte 432: a vector of 2147483647 entries of 16 bytes at 148 runs past its 184 bytes",
    });
  });

  it("reports a stream whose message claims a negative metadata length, which flechette would read for ever", () => {
    // FF FF FF FF (continuation) then −8: flechette 2.6/2.7 steps back onto the same message without end.
    const looped = Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xf8, 0xff, 0xff, 0xff);
    expect(errorOf(() => tablesFromArrow({ "activity_themes.arrow": looped }, themesOnly))).toEqual({
      code: "table.bad-file",
      file: "activity_themes.arrow",
      message:
        "table.bad-file: activity_themes.arrow: not an Arrow IPC file: the message at byte 0 claims -8 bytes of metadata, 0 are left",
    });
  });

  it("reports a missing column, a column named twice and a column of the wrong type", () => {
    const three = tableFromArrays(
      { plan_id: ["003"], activity_id: ["a-1"], position: [0] },
      { types: { position: int32() } },
    );
    expect(errorOf(() => tablesFromArrow({ "activity_themes.arrow": ipc(three) }, themesOnly))).toEqual({
      code: "table.missing-column",
      file: "activity_themes.arrow",
      column: "theme_code",
      message:
        'table.missing-column: activity_themes.arrow, column "theme_code": the schema has no such column',
    });
    const twice = new ArrowTable(
      {
        version: Version.V5,
        endianness: Endianness.Little,
        fields: [field("plan_id", utf8()), field("plan_id", utf8())],
        metadata: null,
      },
      [columnFromArray(["003"], utf8()), columnFromArray(["004"], utf8())],
    );
    expect(errorOf(() => tablesFromArrow({ "activity_themes.arrow": ipc(twice) }, themesOnly))).toEqual({
      code: "table.duplicate-column",
      file: "activity_themes.arrow",
      column: "plan_id",
      message:
        'table.duplicate-column: activity_themes.arrow, column "plan_id": the schema names this column twice',
    });
    const textPosition = tableFromArrays({
      plan_id: ["003"],
      activity_id: ["a-1"],
      position: ["0"],
      theme_code: ["x"],
    });
    expect(
      errorOf(() => tablesFromArrow({ "activity_themes.arrow": ipc(textPosition) }, themesOnly)),
    ).toEqual({
      code: "table.bad-column-type",
      file: "activity_themes.arrow",
      column: "position",
      message:
        'table.bad-column-type: activity_themes.arrow, column "position": column type integer cannot be read from the Arrow type Utf8',
    });
  });

  it("reports a null where none may be, a float where an integer belongs and JSON that does not parse", () => {
    const themes = (position: (number | null)[], theme: (string | null)[]) =>
      ipc(
        tableFromArrays(
          { plan_id: ["003"], activity_id: ["a-1"], position, theme_code: theme },
          { types: { theme_code: utf8() } },
        ),
      );
    expect(
      errorOf(() => tablesFromArrow({ "activity_themes.arrow": themes([0], [null]) }, themesOnly)),
    ).toEqual({
      code: "table.bad-cell",
      file: "activity_themes.arrow",
      row: 1,
      column: "theme_code",
      message:
        'table.bad-cell: activity_themes.arrow, row 1, column "theme_code": null in a column that is never null',
    });
    expect(
      errorOf(() => tablesFromArrow({ "activity_themes.arrow": themes([0.5], ["x"]) }, themesOnly)),
    ).toMatchObject({
      code: "table.bad-column-type",
      column: "position",
    });
    const tables = planTables([plan003]);
    const activities = tables.activities;
    const at = activities.columns.findIndex((c) => c.name === "quotas");
    const broken = {
      ...activities,
      rows: activities.rows.map((row) => row.map((cell, j) => (j === at ? "[" : cell))),
    };
    const files = tablesToArrow({
      activities: {
        ...broken,
        columns: broken.columns.map((c) => (c.name === "quotas" ? { ...c, type: "string" as const } : c)),
      },
    });
    expect(errorOf(() => tablesFromArrow(files, { activities: planTableSpecs.activities }))).toEqual({
      code: "table.bad-cell",
      file: "activities.arrow",
      row: 1,
      column: "quotas",
      message: 'table.bad-cell: activities.arrow, row 1, column "quotas": expected JSON text, got "["',
    });
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { plan002, plan003, realPlans } from "@parcomms/sample-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPlanFiles } from "./readPlanFiles";

// The sample files, found through sample-data's public package.json export (not a path into its folder).
const DATA = join(
  dirname(createRequire(import.meta.url).resolve("@parcomms/sample-data/package.json")),
  "data",
);
const file = (path: string) => ({ name: path, bytes: new Uint8Array(readFileSync(join(DATA, path))) });
const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });
const csvFiles = () => readdirSync(join(DATA, "csv")).map((name) => file(`csv/${name}`));
const parquetFiles = () => readdirSync(join(DATA, "parquet")).map((name) => file(`parquet/${name}`));
const realIds = realPlans.map((p) => p.id);
// The data files are generated from the typed plans; compare with them as written, so the tests read files only.
const fromFile = (path: string): unknown => JSON.parse(readFileSync(join(DATA, path), "utf8"));
const fromJsonl = (): unknown[] =>
  readFileSync(join(DATA, "real-plans.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));

/**
 * A plan as schema 1.0 marks it: schemaVersion "1.0" and an issuer without a
 * level, the two things migratePlan changes. The frozen 1.0 files themselves
 * (839f1aa) are read by every reader in tests/golden/src/migration.
 */
function markedAs10(plan: (typeof realPlans)[number]): Record<string, unknown> {
  const { level: _level, ...issuer } = plan.issuer ?? { body: "other" };
  return { ...plan, schemaVersion: "1.0", issuer };
}
const migrated = {
  code: "schema.migrated",
  severity: "info",
  path: "/schemaVersion",
  message: {
    vi: "Kế hoạch được ghi theo lược đồ 1.0; đã đọc theo lược đồ 1.2, không mất dữ liệu.",
    en: "The plan was written in schema 1.0; it was read as 1.2, with nothing lost.",
  },
};

describe("readPlanFiles", () => {
  it("reads one plan from a JSON file, with its source", () => {
    const { plans, issues } = readPlanFiles([file("plans/003_c2f82bd70c212939.json")]);
    expect(issues).toEqual([]);
    expect(plans).toEqual([
      {
        plan: fromFile("plans/003_c2f82bd70c212939.json"),
        source: { file: "plans/003_c2f82bd70c212939.json", format: "json", path: "" },
      },
    ]);
    // 003:3-9 xã Gia Tân; its appendix and forms give 17 activities
    expect(plans[0]?.plan.unit?.name).toBe("Gia Tân");
    expect(plans[0]?.plan.activities).toHaveLength(17);
  });

  it("reads JSON Lines with the line of each plan, and an array of plans with its pointer", () => {
    const jsonl = readPlanFiles([file("real-plans.jsonl")]);
    expect(jsonl.issues).toEqual([]);
    expect(jsonl.plans.map((p) => p.plan.id)).toEqual(realIds);
    expect(jsonl.plans[4]?.source).toEqual({ file: "real-plans.jsonl", format: "jsonl", line: 5 });
    const array = readPlanFiles([text("all.json", JSON.stringify(realPlans))]);
    expect(array.plans.map((p) => p.source.path)).toEqual(["/0", "/1", "/2", "/3", "/4"]);
    expect(array.plans.map((p) => p.plan)).toEqual(realPlans);
    expect(jsonl.plans.map((p) => p.plan)).toEqual(fromJsonl());
  });

  it("reads a folder of CSV tables as one set, equal to the JSON plans", () => {
    const { plans, issues } = readPlanFiles(csvFiles());
    expect(issues).toEqual([]);
    expect(plans.map((p) => p.plan)).toEqual(fromJsonl());
    expect(plans[0]?.source).toEqual({ file: "csv/plans.csv", format: "csv" });
  });

  it("reads a folder of Parquet tables as one set, equal to the JSON plans", () => {
    const { plans, issues } = readPlanFiles(parquetFiles());
    expect(issues).toEqual([]);
    expect(plans.map((p) => p.plan)).toEqual(fromJsonl());
    expect(plans.map((p) => p.plan.activities.length)).toEqual(realPlans.map((p) => p.activities.length));
    expect(plans[0]?.source).toEqual({ file: "parquet/plans.parquet", format: "parquet" });
  });

  it("reports a Parquet table cut short as a bad file, with its name, and no plans", () => {
    const files = parquetFiles().map((f) =>
      f.name.endsWith("/activities.parquet") ? { name: f.name, bytes: f.bytes.slice(0, 100) } : f,
    );
    const { plans, issues } = readPlanFiles(files);
    expect(plans).toEqual([]);
    expect(issues).toMatchObject([
      { file: "parquet/activities.parquet", code: "table.bad-file", severity: "error" },
    ]);
    expect(issues[0]?.message.en).toMatch(/not a Parquet file/);
  });

  it("keeps a plan with document mistakes and, with validate, gives validatePlan's issues", () => {
    // An info and a warning, the plan is kept: VI.9 "Đề nghị Uỷ ban MTTQ Việt Nam và các tổ chức chính trị -
    // xã hội xã" (003:261) asks the Front (requested) to work with "các cơ quan, tổ chức liên quan"
    // (coordinating, 003:263–264): no lead is expected of a request; appendix task 8 is dated "Quý IV/2023"
    // in a 2024 plan (003:430).
    const { plans, issues } = readPlanFiles([file("plans/003_c2f82bd70c212939.json")], { validate: true });
    expect(issues).toEqual([]);
    expect((plans[0]?.validation ?? []).map((i) => [i.code, i.severity, i.path])).toEqual([
      ["activity.requested-only", "info", "/activities/8/assignees"],
      ["activity.timeframe-outside-period", "warning", "/activities/16/timeframe"],
    ]);
    expect(plans[0]?.plan.activities[8]?.id).toBe("a-assignment-VI.9");
  });

  it("reports text that is not JSON, in both languages", () => {
    const { plans, issues } = readPlanFiles([text("bad.json", '{\n  "id": "x",\n  oops\n}')]);
    expect(plans).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "bad.json", code: "io.bad-json", severity: "error", line: 3 });
    expect(issues[0]?.message.vi).toMatch(/^Không phải JSON hợp lệ: /);
    expect(issues[0]?.message.en).toMatch(/^Not valid JSON: /);
  });

  it("says in one message that a JSON object sharing no field with a plan is not a plan", () => {
    const { plans, issues } = readPlanFiles([
      text("package.json", JSON.stringify({ name: "x", version: "1.0.0", scripts: {} })),
    ]);
    expect(plans).toEqual([]);
    expect(issues).toEqual([
      {
        file: "package.json",
        code: "io.not-a-plan-json",
        severity: "error",
        path: "",
        message: {
          vi: "Đây không phải một kế hoạch: giá trị JSON không có trường nào của kế hoạch (id, title, unit, period, activities…); các khóa có: name, version, scripts.",
          en: "This is not a plan: the JSON value has none of a plan's fields (id, title, unit, period, activities…); its keys: name, version, scripts.",
        },
      },
    ]);
  });

  it("says so with validation too (the notebook reads its own files with validate: true)", () => {
    const { plans, issues } = readPlanFiles([text("hello.json", JSON.stringify({ hello: 1 }))], {
      validate: true,
    });
    expect(plans).toEqual([]);
    expect(issues.map((i) => [i.code, i.path, i.message.en])).toEqual([
      [
        "io.not-a-plan-json",
        "",
        "This is not a plan: the JSON value has none of a plan's fields (id, title, unit, period, activities…); its keys: hello.",
      ],
    ]);
  });

  it("reports a value that is not a plan with JSON Pointer paths under its place in the file", () => {
    const broken = { ...plan003, title: 7 };
    const { plans, issues } = readPlanFiles([text("two.json", JSON.stringify([realPlans[0], broken, 5]))]);
    expect(plans.map((p) => p.plan.id)).toEqual(["000_34833a3694ee8a96"]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["structure.invalid-type", "/1/title"],
      ["structure.invalid-type", "/2"],
    ]);
    expect(issues[1]?.message).toEqual({
      vi: "Sai kiểu dữ liệu: cần object, nhận được number.",
      en: expect.stringContaining("object"),
    });
  });

  it("reports a truncated JSON Lines line by number and keeps the other lines", () => {
    const lines = readFileSync(join(DATA, "real-plans.jsonl"), "utf8").split("\n");
    const truncated = [lines[0], lines[1], lines[2]?.slice(0, 300), lines[3]].join("\n");
    const { plans, issues } = readPlanFiles([text("cut.jsonl", truncated)]);
    expect(plans.map((p) => [p.plan.id, p.source.line])).toEqual([
      ["000_34833a3694ee8a96", 1],
      ["001_ec564b67ad28c11a", 2],
      ["003_c2f82bd70c212939", 4],
    ]);
    expect(issues.map((i) => [i.file, i.code, i.line])).toEqual([["cut.jsonl", "io.bad-json", 3]]);
  });

  it("reports a CSV table without a column with its file, line and column", () => {
    const files = csvFiles().map((f) => {
      if (!f.name.endsWith("/activities.csv")) return f;
      const content = new TextDecoder().decode(f.bytes).replace("activity_id,title,", "activity_id,name,");
      return text(f.name, content);
    });
    const { plans, issues } = readPlanFiles(files);
    expect(plans).toEqual([]);
    expect(issues).toEqual([
      {
        file: "csv/activities.csv",
        code: "table.missing-column",
        severity: "error",
        message: { vi: "Bảng thiếu cột title.", en: "The table has no column title." },
        line: 1,
        column: "title",
      },
    ]);
  });

  it("reports a table set holding a plan of a version no reader knows, in both languages", () => {
    const files = csvFiles().map((f) => {
      if (!f.name.endsWith("/plans.csv")) return f;
      const content = new TextDecoder()
        .decode(f.bytes)
        .replace(/^(002_9c9d59d1a9d0f229,2,)1\.\d,/m, "$12.0,");
      return text(f.name, content);
    });
    const { plans, issues } = readPlanFiles(files);
    expect(plans).toEqual([]);
    expect(issues).toEqual([
      {
        file: "csv/plans.csv",
        code: "table.unknown-version",
        severity: "error",
        message: {
          vi: 'Bảng ghi kế hoạch theo một phiên bản lược đồ không đọc được; chỉ đọc được 1.0, 1.1 và 1.2 (chi tiết: schema version "2.0" cannot be read (readable: 1.0, 1.1, 1.2)).',
          en: 'The tables hold a plan in a schema version that cannot be read; only 1.0, 1.1 and 1.2 can (detail: schema version "2.0" cannot be read (readable: 1.0, 1.1, 1.2)).',
        },
        column: "schema_version",
      },
    ]);
  });

  it("reports formats it cannot read, documents (async only), non-UTF-8 bytes and empty files", () => {
    const { plans, issues } = readPlanFiles([
      text("plan.pdf", "%PDF-1.7"),
      text("plan.docx", "PK\u0003\u0004"),
      { name: "latin1.json", bytes: new Uint8Array([0x7b, 0xe9, 0x7d]) },
      text("empty.jsonl", "\n\n"),
      text("notes", "just words"),
    ]);
    expect(plans).toEqual([]);
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      ["plan.pdf", "io.docx-needs-async"],
      ["plan.docx", "io.docx-needs-async"],
      ["latin1.json", "io.not-utf8"],
      ["empty.jsonl", "io.empty"],
      ["notes", "io.unknown-format"],
    ]);
    expect(issues[0]?.message).toEqual({
      vi: "Tệp .pdf chỉ đọc được bằng readPlanFilesAsync (bất đồng bộ), không bằng readPlanFiles.",
      en: ".pdf files are read by readPlanFilesAsync (asynchronous), not by readPlanFiles.",
    });
  });

  it("detects JSON Lines without an extension, and leaves a second copy of a plan out with a warning", () => {
    const jsonl = readFileSync(join(DATA, "real-plans.jsonl"));
    const { plans, issues } = readPlanFiles([
      { name: "stdin", bytes: jsonl },
      file("plans/003_c2f82bd70c212939.json"),
    ]);
    expect(plans.map((p) => p.plan.id)).toEqual(realIds);
    expect(issues).toEqual([
      {
        file: "plans/003_c2f82bd70c212939.json",
        code: "io.duplicate-id",
        severity: "warning",
        message: {
          vi: "Kế hoạch 003_c2f82bd70c212939 đã được đọc từ stdin:4; bỏ qua bản trùng này.",
          en: "Plan 003_c2f82bd70c212939 was already read from stdin:4; this copy is left out.",
        },
        path: "",
      },
    ]);
  });

  it("never throws, whatever the bytes and names", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.constantFrom("a.json", "b.jsonl", "c/plans.csv", "d.arrow", "e", "f.txt", "g.docx"),
            bytes: fc.uint8Array(),
          }),
          { maxLength: 4 },
        ),
        (inputs) => {
          const result = readPlanFiles(inputs);
          return Array.isArray(result.plans) && Array.isArray(result.issues);
        },
      ),
      { seed: 20240101, numRuns: 200 },
    );
  });
});

describe("readPlanFiles on plans saved in schema 1.0", () => {
  it("keeps a 1.0 JSON plan read without validate, migrated, and says so in both languages", () => {
    const { plans, issues } = readPlanFiles([text("002.json", JSON.stringify(markedAs10(plan002)))]);
    expect(plans.map((p) => p.plan)).toStrictEqual([plan002]);
    // "Ủy ban nhân dân tỉnh xây dựng Kế hoạch" (002:9): the issuer takes the tier of its unit, tỉnh Tây Ninh
    expect(plans[0]?.plan.issuer).toEqual({
      body: "people-committee",
      level: "province",
      wording: "Ủy ban nhân dân tỉnh",
    });
    expect(issues).toEqual([{ file: "002.json", ...migrated }]);
  });

  it("reports the migration where the plan stands: under its pointer in an array, on its line in JSON Lines", () => {
    const [first, , , fourth] = realPlans; // 000 and 003 in schema 1.2, around 002 in 1.0
    const values = [first, markedAs10(plan002), fourth];
    const array = readPlanFiles([text("three.json", JSON.stringify(values))]);
    expect(array.plans.map((p) => p.plan)).toStrictEqual([first, plan002, fourth]);
    expect(array.issues).toEqual([{ file: "three.json", ...migrated, path: "/1/schemaVersion" }]);
    const lines = readPlanFiles([text("three.jsonl", values.map((v) => JSON.stringify(v)).join("\n"))]);
    expect(lines.plans.map((p) => p.plan)).toStrictEqual([first, plan002, fourth]);
    expect(lines.issues).toEqual([{ file: "three.jsonl", ...migrated, line: 2 }]);
  });

  it("with validate, puts the migration among the plan's validation issues, not the file's", () => {
    const { plans, issues } = readPlanFiles([text("002.json", JSON.stringify(markedAs10(plan002)))], {
      validate: true,
    });
    expect(issues).toEqual([]);
    expect(plans[0]?.plan).toStrictEqual(plan002);
    expect(plans[0]?.validation?.filter((i) => i.code === "schema.migrated")).toEqual([
      {
        code: "schema.migrated",
        severity: "info",
        path: "/schemaVersion",
        params: { from: "1.0", to: "1.2" },
      },
    ]);
  });

  it("never drops a 1.0 plan silently: whatever one of its fields holds, it is kept (migration reported) or an error says why", () => {
    const saved = markedAs10(plan002);
    const pointers: (string | number)[][] = [];
    const walk = (value: unknown, at: (string | number)[]) => {
      if (at.length > 0) pointers.push(at);
      if (typeof value === "object" && value !== null)
        for (const [key, child] of Object.entries(value))
          walk(child, [...at, Array.isArray(value) ? Number(key) : key]);
    };
    walk(saved, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...pointers),
        fc.option(fc.jsonValue(), { nil: undefined }),
        (at, value) => {
          const copy = structuredClone(saved);
          let parent = copy as Record<string | number, unknown>;
          for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
          const last = at[at.length - 1] as string | number;
          if (value !== undefined) parent[last] = value;
          else if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else delete parent[last];
          const { plans, issues } = readPlanFiles([text("002.json", JSON.stringify(copy))]);
          if (plans.length === 0) expect(issues.some((i) => i.severity === "error")).toBe(true);
          else if (copy.schemaVersion === "1.0")
            expect(issues.filter((i) => i.code === "schema.migrated")).toEqual([
              { file: "002.json", ...migrated },
            ]);
        },
      ),
      { seed: 20240110, numRuns: 300 },
    );
  }, 30_000);
});

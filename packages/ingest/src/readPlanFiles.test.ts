import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { migratePlan } from "@parcomms/core";
import { plan003, realPlans as savedPlans } from "@parcomms/sample-data";
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
// Sample-data's plans and files may still be saved in schema 1.0 while they are re-encoded: a reader
// gives them in the current schema (migratePlan's value, the plan itself once it is current), and
// reports each migration with the info issue schema.migrated, tested on the frozen 1.0 files in
// tests/golden/src/migration. Here `problems` leaves those out.
const current = (plan: unknown): unknown => migratePlan(plan).value;
const problems = <T extends { code: string }>(issues: readonly T[]) =>
  issues.filter((issue) => issue.code !== "schema.migrated");
const realPlans = savedPlans.map(current);
const realIds = savedPlans.map((p) => p.id);
// The data files are generated from the typed plans; compare with them as written, so the tests read files only.
const fromFile = (path: string): unknown => current(JSON.parse(readFileSync(join(DATA, path), "utf8")));
const fromJsonl = (): unknown[] =>
  readFileSync(join(DATA, "real-plans.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => current(JSON.parse(line)));

describe("readPlanFiles", () => {
  it("reads one plan from a JSON file, with its source", () => {
    const { plans, issues } = readPlanFiles([file("plans/003_c2f82bd70c212939.json")]);
    expect(problems(issues)).toEqual([]);
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
    expect(problems(jsonl.issues)).toEqual([]);
    expect(jsonl.plans.map((p) => p.plan.id)).toEqual(realIds);
    expect(jsonl.plans[4]?.source).toEqual({ file: "real-plans.jsonl", format: "jsonl", line: 5 });
    const array = readPlanFiles([text("all.json", JSON.stringify(realPlans))]);
    expect(array.plans.map((p) => p.source.path)).toEqual(["/0", "/1", "/2", "/3", "/4"]);
    expect(array.plans.map((p) => p.plan)).toEqual(realPlans);
    expect(jsonl.plans.map((p) => p.plan)).toEqual(fromJsonl());
  });

  it("reads a folder of CSV tables as one set, equal to the JSON plans", () => {
    const { plans, issues } = readPlanFiles(csvFiles());
    expect(problems(issues)).toEqual([]);
    expect(plans.map((p) => p.plan)).toEqual(fromJsonl());
    expect(plans[0]?.source).toEqual({ file: "csv/plans.csv", format: "csv" });
  });

  it("reads a folder of Parquet tables as one set, equal to the JSON plans", () => {
    const { plans, issues } = readPlanFiles(parquetFiles());
    expect(problems(issues)).toEqual([]);
    expect(plans.map((p) => p.plan)).toEqual(fromJsonl());
    expect(plans.map((p) => p.plan.activities.length)).toEqual(savedPlans.map((p) => p.activities.length));
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
    // 003:430 appendix task 8 "Quý IV/2023" in a 2024 plan: a warning, the plan is kept
    const { plans, issues } = readPlanFiles([file("plans/003_c2f82bd70c212939.json")], { validate: true });
    expect(issues).toEqual([]);
    expect(problems(plans[0]?.validation ?? []).map((i) => [i.code, i.severity, i.path])).toEqual([
      ["activity.timeframe-outside-period", "warning", "/activities/16/timeframe"],
    ]);
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
    expect(problems(issues).map((i) => [i.code, i.path])).toEqual([
      ["structure.invalid-type", "/1/title"],
      ["structure.invalid-type", "/2"],
    ]);
    expect(problems(issues)[1]?.message).toEqual({
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
    expect(problems(issues).map((i) => [i.file, i.code, i.line])).toEqual([["cut.jsonl", "io.bad-json", 3]]);
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
        .replace(/^(002_9c9d59d1a9d0f229,2,)1\.[01],/m, "$12.0,");
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
          vi: 'Bảng ghi kế hoạch theo một phiên bản lược đồ không đọc được; chỉ đọc được 1.0 và 1.1 (chi tiết: schema version "2.0" cannot be read (readable: 1.0, 1.1)).',
          en: 'The tables hold a plan in a schema version that cannot be read; only 1.0 and 1.1 can (detail: schema version "2.0" cannot be read (readable: 1.0, 1.1)).',
        },
        column: "schema_version",
      },
    ]);
  });

  it("reports formats it cannot read, a .docx (async only), non-UTF-8 bytes and empty files", () => {
    const { plans, issues } = readPlanFiles([
      text("plan.pdf", "%PDF-1.7"),
      text("plan.docx", "PK\u0003\u0004"),
      { name: "latin1.json", bytes: new Uint8Array([0x7b, 0xe9, 0x7d]) },
      text("empty.jsonl", "\n\n"),
      text("notes", "just words"),
    ]);
    expect(plans).toEqual([]);
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      ["plan.pdf", "io.unsupported-format"],
      ["plan.docx", "io.docx-needs-async"],
      ["latin1.json", "io.not-utf8"],
      ["empty.jsonl", "io.empty"],
      ["notes", "io.unknown-format"],
    ]);
    expect(issues[0]?.message).toEqual({
      vi: "Không đọc được tệp .pdf; hãy lưu văn bản thành .docx hoặc .txt, hoặc dùng JSON, JSON Lines, CSV, Arrow.",
      en: ".pdf files cannot be read; save the document as .docx or .txt, or use JSON, JSON Lines, CSV or Arrow.",
    });
    expect(issues[1]?.message.en).toBe(
      ".docx files are read by readPlanFilesAsync (asynchronous), not by readPlanFiles.",
    );
  });

  it("detects JSON Lines without an extension, and leaves a second copy of a plan out with a warning", () => {
    const jsonl = readFileSync(join(DATA, "real-plans.jsonl"));
    const { plans, issues } = readPlanFiles([
      { name: "stdin", bytes: jsonl },
      file("plans/003_c2f82bd70c212939.json"),
    ]);
    expect(plans.map((p) => p.plan.id)).toEqual(realIds);
    expect(problems(issues)).toEqual([
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

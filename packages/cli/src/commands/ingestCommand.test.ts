import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Plan } from "@parcomms/core";
import { extractPlan } from "@parcomms/core/extract";
import { documentTexts, writeDocx } from "@parcomms/ingest/testing";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliStream } from "../_lib/CliIo";
import { BIN, runBuiltCli } from "../_testing/runBuiltCli";
import { runCli } from "../runCli";

let tmp = "";
const at = (...parts: string[]) => join(tmp, ...parts);
const S003 = "003_c2f82bd70c212939.txt";
const D003 = "003_c2f82bd70c212939.docx";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function ingest(args: string[], stderr: Partial<CliStream> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["ingest", ...args], {
    cwd: tmp,
    stdout: { write: (text) => out.push(String(text)) },
    stderr: { write: (text) => err.push(String(text)), ...stderr },
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const planLines = (file = "out/plans.jsonl") =>
  readFileSync(at(file), "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => Plan.parse(JSON.parse(line)));
const reviewJson = () => JSON.parse(readFileSync(at("out/review.json"), "utf8")) as Record<string, unknown>[];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "parcomms-ingest-"));
  mkdirSync(at("docs", "old"), { recursive: true });
  // the five seeds as texts; 003 and 002 as Word documents too (003 under the same name: the same plan id)
  for (const seed of SEED_FILES) writeFileSync(at("docs", seed), seedText(seed));
  writeFileSync(at("docs", D003), writeDocx(seedText(S003)));
  writeFileSync(at("docs", "tay-ninh-2024.docx"), writeDocx(seedText("002_9c9d59d1a9d0f229.txt")));
  writeFileSync(at("docs", "tin-bai.txt"), documentTexts.aboutPlan);
  writeFileSync(at("docs", "thong-bao.txt"), documentTexts.other);
  writeFileSync(at("docs", "hong.docx"), writeDocx(seedText(S003)).slice(0, 300));
  writeFileSync(at("docs", "ghi-chu.json"), "{}"); // a plan file, not a document: left out of the folder
  writeFileSync(at("docs", "~$hong.docx"), "lock"); // Word's lock file: hidden
  writeFileSync(at("docs", "old", "qd-512.txt"), documentTexts.decisionWithPlan);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const FILES = [
  "docs/000_34833a3694ee8a96.txt",
  "docs/001_ec564b67ad28c11a.txt",
  "docs/002_9c9d59d1a9d0f229.txt",
  `docs/${D003}`,
  `docs/${S003}`,
  "docs/004_f3b844502d811123.txt",
  "docs/hong.docx",
  "docs/tay-ninh-2024.docx",
  "docs/thong-bao.txt",
  "docs/tin-bai.txt",
];

describe("parcomms ingest", { timeout: 120_000 }, () => {
  it("reads a folder in two worker threads: plans.jsonl, review.csv and review.json, one row a file", async () => {
    const run = await ingest(["docs", "--out", "out/plans.jsonl", "--jobs", "2", "--json"]);
    expect(run.code).toBe(1); // hong.docx is damaged, thong-bao.txt not a plan; the rest is still written
    expect(JSON.parse(run.stdout)).toEqual({
      out: "out/plans.jsonl",
      state: "out/plans.jsonl.state.jsonl",
      review: { csv: "out/review.csv", json: "out/review.json" },
      threads: 2,
      files: 10,
      read: 10,
      skipped: 0,
      failed: 2,
      kinds: { plan: 7, other: 1, "about-plan": 1 },
      plans: { written: 6, total: 6 },
      missing: 0,
    });
    // the five seeds, 003 once (its .docx came first by name), and 002's Word copy under its own name:
    // seven plans read, six written
    expect(planLines().map((plan) => plan.id)).toEqual([
      "000_34833a3694ee8a96",
      "001_ec564b67ad28c11a",
      "002_9c9d59d1a9d0f229",
      "003_c2f82bd70c212939",
      "004_f3b844502d811123",
      "tay-ninh-2024",
    ]);
    const rows = reviewJson();
    expect(rows.map((row) => row.file)).toEqual(FILES);
    expect(rows.map((row) => row.documentKind ?? null)).toEqual([
      "plan",
      "plan",
      "plan",
      "plan",
      "plan",
      "plan",
      null,
      "plan",
      "other",
      "about-plan",
    ]);
    // 003:2 "Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024", from the .docx as from the text
    const expected = extractPlan(seedText(S003), { sourceName: S003 }).plan;
    for (const file of [`docs/${D003}`, `docs/${S003}`]) {
      expect(rows.find((row) => row.file === file)).toMatchObject({
        planId: "003_c2f82bd70c212939",
        unit: "Gia Tân",
        level: "commune",
        year: "2024",
        number: `${expected.number}/${expected.symbol}`,
        title: "Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024",
        status: "read",
      });
    }
    // the .txt of 003 is the same plan id as its .docx: reported and left out, as readPlanFiles does
    const copy003 = rows.find((row) => row.file === `docs/${S003}`);
    expect(copy003?.issueCodes).toContain("io.duplicate-id");
    expect(copy003?.warnings).toBe(1);
    expect(run.stderr).toContain(
      `docs/${S003}: cảnh báo io.duplicate-id: Kế hoạch 003_c2f82bd70c212939 đã được đọc từ docs/${D003}; bỏ qua bản trùng này.\n`,
    );
    // 002:5 "trên địa bàn tỉnh Tây Ninh": the Word copy is the province's plan
    expect(rows.find((row) => row.file === "docs/tay-ninh-2024.docx")).toMatchObject({
      documentKind: "plan",
      format: "docx",
      unit: "Tây Ninh",
      level: "province",
      year: "2024",
    });
    expect(rows.find((row) => row.file === "docs/hong.docx")).toMatchObject({
      errors: 1,
      issueCodes: ["io.bad-docx"],
      fieldsToCheck: [],
    });
    expect(run.stderr).toMatch(/docs\/hong\.docx: lỗi io\.bad-docx: /);
    expect(rows.find((row) => row.file === "docs/tin-bai.txt")).toMatchObject({
      documentKind: "about-plan",
      issueCodes: ["io.about-plan"],
    });
    expect(rows.every((row) => typeof row.sha256 === "string" && /^[0-9a-f]{64}$/.test(row.sha256))).toBe(
      true,
    );
    // 000 states no number and no date: both to check
    expect(rows[0]?.fieldsToCheck).toEqual([
      { path: "/number", reason: "missing" },
      { path: "/issueDate", reason: "missing" },
    ]);

    const csv = readFileSync(at("out/review.csv"), "utf8");
    expect(
      csv.startsWith("\uFEFFfile,kind,unit,level,year,number,title,confidence,errors,warnings,issues,"),
    ).toBe(true);
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFfile,kind,unit,level,year,number,title,confidence,errors,warnings,issues,fields_to_check,sha256,status",
    );
    expect(csv.split("\r\n")).toHaveLength(12); // header, ten rows, the final line end
    expect(csv).toContain(
      `\r\ndocs/000_34833a3694ee8a96.txt,plan,Sơn Mầu,commune,2024,,Tuyên truyền cải cách hành chính năm 2024 trên địa bàn xã Sơn Mầu,0.8,0,0,extract.header.number-missing; extract.header.date-missing,/number: missing; /issueDate: missing,${rows[0]?.sha256},read\r\n`,
    );
    expect(csv).toContain("\r\ndocs/001_ec564b67ad28c11a.txt,plan,Bắc Giang,district,2024,");
    expect(csv).toMatch(/\r\ndocs\/001_ec564b67ad28c11a\.txt,[^\r]*,\/unit: 0\.70 \(l\.9\),/);
    // progress on stderr, a plain line a file (not a terminal), in input order
    expect(run.stderr).toContain("1/10 tệp docs/000_34833a3694ee8a96.txt: đọc\n");
    expect(run.stderr).toContain("10/10 tệp docs/tin-bai.txt: đọc\n");
    expect(rows.find((row) => row.file === "docs/thong-bao.txt")).toMatchObject({
      documentKind: "other",
      errors: 1,
      issueCodes: ["io.not-a-plan"],
    });
  });

  it("skips on a second run every file read before by content hash (a text that is not a plan too), in the process itself with --jobs 1", async () => {
    const before = readFileSync(at("out/plans.jsonl"), "utf8");
    const run = await ingest(["docs", "--out", "out/plans.jsonl", "--jobs", "1", "--json"]);
    expect(run.code).toBe(1);
    // the damaged file is read again (a reader may be new), the others skipped
    expect(JSON.parse(run.stdout)).toMatchObject({ threads: 0, files: 10, read: 1, skipped: 9, failed: 2 });
    expect(JSON.parse(run.stdout).plans).toEqual({ written: 0, total: 6 });
    expect(readFileSync(at("out/plans.jsonl"), "utf8")).toBe(before);
    const rows = reviewJson();
    expect(rows.map((row) => row.file)).toEqual(FILES);
    expect(rows.map((row) => row.status)).toEqual([
      "skipped",
      "skipped",
      "skipped",
      "skipped",
      "skipped",
      "skipped",
      "read",
      "skipped",
      "skipped",
      "skipped",
    ]);
    expect(rows.find((row) => row.file === `docs/${S003}`)).toMatchObject({ unit: "Gia Tân", year: "2024" });
    expect(run.stderr).toContain("1/10 tệp docs/000_34833a3694ee8a96.txt: đã đọc trước đây, bỏ qua\n");
  });

  it("skips a file renamed and moved, and a copy of a file beside it", async () => {
    renameSync(at("docs", "004_f3b844502d811123.txt"), at("docs", "old", "truc-lam-2025.txt"));
    writeFileSync(at("docs", "zz-copy.txt"), seedText("000_34833a3694ee8a96.txt"));
    const run = await ingest([
      "docs/old/truc-lam-2025.txt",
      "docs",
      "--out",
      "out/plans.jsonl",
      "--jobs",
      "1",
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "11 tệp: 1 đọc, 10 bỏ qua (đã đọc), 2 có lỗi. 0 kế hoạch mới ghi vào out/plans.jsonl (tổng 6).\n",
    );
    const rows = reviewJson();
    expect(rows[0]).toMatchObject({
      file: "docs/old/truc-lam-2025.txt",
      status: "skipped",
      unit: "Trúc Lâm",
    });
    expect(rows.at(-1)).toMatchObject({
      file: "docs/zz-copy.txt",
      status: "copy",
      sameAs: "docs/000_34833a3694ee8a96.txt",
      unit: "Sơn Mầu",
    });
    expect(run.stderr).toContain(
      "docs/zz-copy.txt: cùng nội dung với docs/000_34833a3694ee8a96.txt, bỏ qua\n",
    );
    expect(planLines()).toHaveLength(6);
    rmSync(at("docs", "zz-copy.txt"));
    renameSync(at("docs", "old", "truc-lam-2025.txt"), at("docs", "004_f3b844502d811123.txt"));
  });

  it("--recursive reads the subfolders too (without it, docs/old is left out)", async () => {
    const run = await ingest(["docs", "--recursive", "--out", "out/plans.jsonl", "--jobs", "1", "--json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 11, read: 2, skipped: 9 });
    expect(JSON.parse(run.stdout).plans).toEqual({ written: 1, total: 7 });
    const rows = reviewJson();
    expect(rows.map((row) => row.file)).toEqual([
      ...FILES.slice(0, 7),
      "docs/old/qd-512.txt",
      ...FILES.slice(7),
    ]);
    // Quyết định số 512/QĐ-UBND issuing huyện Định Quán's plan for 2025
    expect(rows[7]).toMatchObject({ documentKind: "decision-with-plan", year: "2025", status: "read" });
    expect(planLines()).toHaveLength(7);
  });

  it("--force reads everything again and writes the output anew", async () => {
    const run = await ingest(["docs", "--out", "out/plans.jsonl", "--jobs", "1", "--force", "--json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      files: 10,
      read: 10,
      skipped: 0,
      plans: { written: 6, total: 6 },
    });
    expect(planLines().map((plan) => plan.id)).toHaveLength(6);
  });

  it("mends an interrupted run: a plan written after the last state line is cut, a cut state line dropped", async () => {
    const complete = readFileSync(at("out/plans.jsonl"), "utf8");
    appendFileSync(at("out/plans.jsonl"), `${JSON.stringify({ id: "half-written" })}\n`);
    appendFileSync(at("out/plans.jsonl.state.jsonl"), '{"sha256":"ab');
    const run = await ingest(["docs", "--out", "out/plans.jsonl", "--jobs", "1", "--json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({ read: 1, skipped: 9, plans: { written: 0, total: 6 } });
    expect(readFileSync(at("out/plans.jsonl"), "utf8")).toBe(complete);
    // the state reads whole again: a next run skips the same files
    const again = await ingest(["docs", "--out", "out/plans.jsonl", "--jobs", "1", "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ read: 1, skipped: 9 });
  });

  it("starts again when the output is shorter than the state says", async () => {
    writeFileSync(at("out/plans.jsonl"), "");
    const run = await ingest(["docs", "--out", "out/plans.jsonl", "--jobs", "1", "--json", "--lang", "en"]);
    expect(run.stderr).toContain(
      "out/plans.jsonl: warning ingest.state-reset: The state file out/plans.jsonl.state.jsonl does not match out/plans.jsonl (missing or shorter); everything is read again.\n",
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ read: 10, plans: { written: 6, total: 6 } });
  });

  it("draws one bar in place on a terminal: files done and the file", async () => {
    const run = await ingest(["docs", "--out", "tty/plans.jsonl", "--jobs", "1", "--review", "tty/rows"], {
      isTTY: true,
      columns: 100,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("\r\u001b[2K[");
    // each frame starts by going back to the line's start and clearing it
    const frames = run.stderr.split("\r\u001b[2K");
    expect(frames).toContainEqual(
      expect.stringMatching(/^\[█+░*\] +\d+% 1\/10 tệp docs\/000_34833a3694ee8a96\.txt$/),
    );
    expect(frames).toContainEqual("[██████████████████████████████] 100% 10/10 tệp docs/tin-bai.txt");
    expect(run.stderr).not.toContain("1/10 tệp docs/000_34833a3694ee8a96.txt: đọc\n");
    expect(existsSync(at("tty/rows.csv"))).toBe(true);
    expect(existsSync(at("tty/rows.json"))).toBe(true);
  });

  it("reports a missing path with a code, and refuses a bad command line with exit 2", async () => {
    const missing = await ingest(["nowhere", "docs/tin-bai.txt", "--out", "m/plans.jsonl", "--jobs", "1"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nowhere: lỗi io.missing-file: Không tìm thấy tệp.\n");
    expect(missing.stdout).toContain("1 tệp: 1 đọc");

    mkdirSync(at("empty"), { recursive: true });
    const none = await ingest(["empty", "--out", "e2/plans.jsonl"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("empty: lỗi ingest.no-documents: Thư mục không có văn bản nào");

    const noOut = await ingest(["docs"]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("lỗi usage.no-out: Cần --out <tệp.jsonl>");
    const badOut = await ingest(["docs", "--out", "plans.json"]);
    expect(badOut.code).toBe(2);
    expect(badOut.stderr).toContain("usage.bad-out");
    const badJobs = await ingest(["docs", "--out", "j/plans.jsonl", "--jobs", "0"]);
    expect(badJobs.code).toBe(2);
    expect(badJobs.stderr).toContain(
      "usage.bad-jobs: --jobs phải là một số nguyên từ 1 đến 64 (nhận được 0).",
    );
    writeFileSync(at("mine.jsonl"), '{"id":"x"}\n');
    const notOurs = await ingest(["docs", "--out", "mine.jsonl", "--lang", "en"]);
    expect(notOurs.code).toBe(2);
    expect(notOurs.stderr).toContain(
      "parcomms ingest: error usage.out-not-ours: mine.jsonl exists and was not written by parcomms ingest (no mine.jsonl.state.jsonl)",
    );
    expect(readFileSync(at("mine.jsonl"), "utf8")).toBe('{"id":"x"}\n');
  });

  it("prints its help in both languages", async () => {
    const vi = await ingest(["--help"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("Cách dùng: parcomms ingest <thư mục|tệp…> --out ke-hoach.jsonl");
    const en = await ingest(["--help", "--lang", "en"]);
    expect(en.stdout).toContain("Usage: parcomms ingest <folder|file…> --out plans.jsonl");
  });
});

describe("parcomms ingest (built binary)", { timeout: 120_000 }, () => {
  it("reads in the built dist/ingestWorker.js threads, to the same plans as from source", async () => {
    if (!existsSync(BIN))
      throw new Error(`build first: ${BIN} is missing (cd packages/cli && pnpm exec tsup)`);
    const run = await runBuiltCli(
      "ingest",
      at("docs"),
      "--out",
      at("bin", "plans.jsonl"),
      "--jobs",
      "2",
      "--json",
    );
    expect(run.code).toBe(1); // hong.docx
    expect(JSON.parse(run.stdout)).toMatchObject({ threads: 2, files: 10, read: 10, failed: 2 });
    expect(planLines("bin/plans.jsonl").map((plan) => plan.id)).toEqual([
      "000_34833a3694ee8a96",
      "001_ec564b67ad28c11a",
      "002_9c9d59d1a9d0f229",
      "003_c2f82bd70c212939",
      "004_f3b844502d811123",
      "tay-ninh-2024",
    ]);
    expect(readFileSync(at("bin", "plans.jsonl"), "utf8")).toBe(
      readFileSync(at("out", "plans.jsonl"), "utf8"),
    );
  });
});

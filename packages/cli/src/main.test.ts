import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plan003, realPlans } from "@parcomms/sample-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT, type Run, runBuiltCli } from "./_testing/runBuiltCli";

// The BUILT binary, as users run it (the root `pnpm test` builds before vitest).
const parcomms = runBuiltCli;
const DATA = "packages/sample-data/data";
const P003 = `${DATA}/plans/003_c2f82bd70c212939.json`;
const P004 = `${DATA}/plans/004_f3b844502d811123.json`;
const P000 = `${DATA}/plans/000_34833a3694ee8a96.json`;
const JSONL = `${DATA}/real-plans.jsonl`;

let tmp = "";
const at = (name: string) => join(tmp, name);

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`build first: ${BIN} is missing (cd packages/cli && pnpm exec tsup)`);
  tmp = mkdtempSync(join(tmpdir(), "parcomms-cli-"));
  const lines = readFileSync(join(ROOT, JSONL), "utf8").split("\n");
  writeFileSync(at("cut.jsonl"), [lines[0], lines[1], lines[2]?.slice(0, 300), lines[3]].join("\n"));
  writeFileSync(at("not.json"), "Kế hoạch tuyên truyền CCHC năm 2024\n");
  writeFileSync(
    at("shape.json"),
    JSON.stringify({ ...plan003, title: undefined, activities: "17" }, null, 2),
  );
  writeFileSync(at("formula.json"), JSON.stringify({ ...plan003, id: "=1+2", title: "@SUM(A1)" }));
}, 30_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const noStackTrace = (run: Run) => expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe("parcomms (built binary)", { timeout: 120_000 }, () => {
  it("prints its version and the list of commands", async () => {
    const version = await parcomms("--version");
    expect(version).toEqual({ code: 0, stdout: "parcomms 0.1.0 (plan schema 1.2)\n", stderr: "" });
    const help = await parcomms("--help", "--lang", "en");
    expect(help.code).toBe(0);
    for (const name of [
      "validate",
      "summary",
      "compare",
      "gaps",
      "chart",
      "export",
      "extract",
      "ingest",
      "sample",
      "generate",
    ]) {
      expect(help.stdout).toContain(`  ${name} `);
    }
    const gapsHelp = await parcomms("gaps", "--help");
    expect(gapsHelp.code).toBe(0);
    expect(gapsHelp.stdout).toContain("Ví dụ:");
    expect(gapsHelp.stdout).toContain("--peers <tệp…>");
  });

  it("validate: a real plan with a document mistake is usable, its warning placed by JSON Pointer", async () => {
    // 003:430 appendix task 8 scheduled "Quý IV/2023" in a 2024 plan; 003:261-265 VI.9 requests
    // ("Đề nghị") the Front and the mass organisations to work with the related bodies: no lead is expected
    const run = await parcomms("validate", P003);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ ${P003}: dùng được (1 kế hoạch, 0 lỗi, 1 cảnh báo, 1 ghi chú)`);
    expect(run.stdout).toContain(
      `${P003}#/activities/8/assignees: ghi chú activity.requested-only: Nhiệm vụ a-assignment-VI.9 được đề nghị cơ quan, tổ chức mà kế hoạch không chỉ đạo được;`,
    );
    expect(run.stdout).toContain(
      `${P003}#/activities/16/timeframe: cảnh báo activity.timeframe-outside-period: Nhiệm vụ a-appendix-8 có thời gian thực hiện 01/10/2023 – 31/12/2023`,
    );
  });

  it("validate --json: issues per file with code, severity, line, path and both languages", async () => {
    const run = await parcomms("validate", JSONL, "--json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.usable).toBe(true);
    expect(report.files[0].plans).toEqual(realPlans.map((p) => p.id));
    // 001:5 "ngày tháng 01 năm 2024": no day
    expect(report.files[0].issues).toContainEqual({
      code: "header.issue-day-not-stated",
      severity: "warning",
      file: JSONL,
      line: 2,
      path: "/issueDate",
      planId: "001_ec564b67ad28c11a",
      message: { vi: "Ngày ban hành không ghi ngày: 01/2024.", en: "The issue date has no day: 2024-01." },
    });
  });

  it("validate: the CSV tables of a folder are one set, reported under plans.csv", async () => {
    const run = await parcomms("validate", `${DATA}/csv`, "--lang", "en");
    expect(run.code).toBe(0);
    // 5 warnings: header gaps of 001 and 004 (2 each), 003's appendix task 8; 8 info: header gaps of 000
    // and 002 (2 each), and the four tasks requested of the Front: 001 IV.6 (001:125), 002 V.9 ("Đề nghị
    // Ủy ban Mặt trận Tổ quốc…", 002:137), 003 VI.9 (003:261) and 004 IV.5 (004:152)
    expect(run.stdout).toContain(
      `✓ ${DATA}/csv/plans.csv: usable (5 plan(s), 0 error(s), 5 warning(s), 8 info)`,
    );
    expect(run.stdout).toContain(
      `${DATA}/csv/plans.csv#/activities/8/assignees: info activity.requested-only: Task a-assignment-V.9 is requested (đề nghị) of bodies the plan cannot direct; no office of the issuer leads it.`,
    );
    expect(run.stdout).toContain("1 file(s): 1 usable, 0 with errors.");
  });

  it("validate: bad files give exit code 1, each error with its file, place and stable code", async () => {
    const run = await parcomms(
      "validate",
      at("not.json"),
      at("shape.json"),
      at("cut.jsonl"),
      at("missing.json"),
    );
    expect(run.code).toBe(1);
    noStackTrace(run);
    expect(run.stdout).toContain(`${at("not.json")}: lỗi io.bad-json: Không phải JSON hợp lệ:`);
    expect(run.stdout).toContain(`${at("shape.json")}#/activities: lỗi structure.invalid-type:`);
    // Schema 1.2: a plan may leave its title out (a draft); only the broken activities are an error.
    expect(run.stdout).not.toContain(`${at("shape.json")}#/title: lỗi`);
    expect(run.stdout).toContain(`${at("cut.jsonl")}:3: lỗi io.bad-json:`);
    // the other lines of the truncated file are still read: 000, 001 and 003
    expect(run.stdout).toContain(`✗ ${at("cut.jsonl")}: KHÔNG dùng được (3 kế hoạch, 1 lỗi`);
    expect(run.stdout).toContain(`${at("missing.json")}: lỗi io.missing-file: Không tìm thấy tệp.`);
    expect(run.stdout).toContain("4 tệp: 0 dùng được, 4 có lỗi.");
  });

  it("validate: a CSV table without a column names the file, line and column", async () => {
    const folder = at("csv-bad");
    mkdirSync(folder);
    for (const name of readdirSync(join(ROOT, DATA, "csv"))) {
      const content = readFileSync(join(ROOT, DATA, "csv", name), "utf8");
      writeFileSync(
        join(folder, name),
        name === "activities.csv" ? content.replace(",title,", ",name,") : content,
      );
    }
    const run = await parcomms("validate", folder, "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${join(folder, "activities.csv")}:1 [title]: error table.missing-column: The table has no column title.`,
    );
  });

  it("summary: one aligned line per plan, CSV and JSON for scripts", async () => {
    const table = await parcomms("summary", JSONL);
    expect(table.code).toBe(0);
    expect(table.stderr).toBe(""); // no progress bar in a pipe
    const lines = table.stdout.split("\n");
    expect(lines[0]).toMatch(
      /^Mã kế hoạch\s+Đơn vị\s+Tỉnh\s+Cấp\s+Kỳ\s+Hoạt động\s+Chủ đề\s+Hình thức\s+Cơ quan$/,
    );
    // 003 xã Gia Tân, Hải Dương: 26 pieces of work (17 activities, of which the five blocks with
    // sub-tasks hold 14: 17 - 5 + 14), 12 offices; columns line up whatever the diacritics
    const gt = lines.find((l) => l.startsWith("003_c2f82bd70c212939"));
    expect(gt).toMatch(/xã Gia Tân\s+tỉnh Hải Dương\s+Cấp xã\s+2024\s+26\s+22\/28\s+6\/6\s+12$/);
    expect(
      new Set(lines.slice(0, 7).map((l) => l.indexOf("20") >= 0 && lines[0]?.indexOf("Kỳ"))),
    ).toBeDefined();
    const csv = await parcomms("summary", JSONL, "--format", "csv", "--lang", "en");
    expect(csv.stdout.split("\n")[0]).toBe(
      "Plan id,Unit,Province,Level,Period,Activities,Offices,Themes (covered),Themes (applicable),Channels (covered),Channels (applicable)",
    );
    expect(csv.stdout).toContain(
      "003_c2f82bd70c212939,xã Gia Tân,tỉnh Hải Dương,Commune,2024,26,12,22,28,6,6\n",
    );
    const json = JSON.parse((await parcomms("summary", P004, "--format", "json")).stdout);
    // 004: phường Trúc Lâm, Thanh Hóa, two-tier era, 2025
    expect(json).toEqual([
      expect.objectContaining({
        planId: "004_f3b844502d811123",
        unit: "phường Trúc Lâm",
        era: "two-tier",
        period: "2025",
      }),
    ]);
  });

  it("summary --format csv: a cell starting with = is neutralised for spreadsheets", async () => {
    const run = await parcomms("summary", at("formula.json"), "--format", "csv");
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[1]).toBe("'=1+2,xã Gia Tân,tỉnh Hải Dương,Cấp xã,2024,26,12,22,28,6,6");
  });

  it("summary: a missing file is named on stderr, the other plans still summarised, exit 1", async () => {
    const run = await parcomms("summary", P003, "nowhere/plan.json", "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("nowhere/plan.json: error io.missing-file: The file does not exist.\n");
    expect(run.stdout).toContain("003_c2f82bd70c212939");
  });

  it("compare: measures down, plans across (pieces of work: 003 has 26, 004 fifteen)", async () => {
    const run = await parcomms("compare", P003, P004, "--format", "json", "--lang", "en");
    expect(run.code).toBe(0);
    const comparison = JSON.parse(run.stdout);
    expect(comparison.columns.map((c: { planId: string }) => c.planId)).toEqual([
      plan003.id,
      "004_f3b844502d811123",
    ]);
    const activities = comparison.rows.find((r: { key: string }) => r.key === "activities");
    // planTasks: 003's 17 activities, 5 blocks of them holding 14 sub-tasks (VI.1-VI.4, VI.8,
    // 003:176-259); 004's IV.1-IV.4 hold 7, 3, 2 and 2 bulleted tasks (004:112-148), IV.5 is one (004:150-154)
    expect(activities.cells.map((c: { value: number }) => c.value)).toEqual([26, 15]);
    const table = await parcomms("compare", P003, P004);
    expect(table.stdout.split("\n")[0]).toMatch(/^Chỉ tiêu\s+xã Gia Tân 2024\s+phường Trúc Lâm 2025$/);
  });

  it("gaps --peers: what the peers cover and this plan does not", async () => {
    const run = await parcomms("gaps", P000, "--peers", P003, P004, "--format", "csv", "--lang", "en");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Unit,Kind,Code,Missing from the plan,% of peers with it");
    // both peers (003, 004) use outdoor and print media; 000 has none (000:75-145), though 000:23 asks
    // for pano and banners
    expect(lines).toContain("xã Sơn Mầu,channel,outdoor-print,Outdoor and print,100");
    // 000 c-2 disseminates "các văn bản, chỉ đạo điều hành công tác CCHC" (000:31), coded steering
    // as 003 c-a is (coding guide R4): no longer a gap
    expect(lines.some((line) => line.includes(",steering,"))).toBe(false);
  });

  it("chart: SVG and PNG files, the summary printed; an unknown kind is a usage error", async () => {
    const svg = await parcomms("chart", "timeline", P003, "--out", at("timeline.svg"));
    expect(svg.code).toBe(0);
    expect(readFileSync(at("timeline.svg"), "utf8")).toMatch(/^<svg /);
    expect(svg.stdout).toContain(`→ ${at("timeline.svg")}`);
    const png = await parcomms(
      "chart",
      "scorecard",
      `${DATA}/plans`,
      "--out",
      at("scorecard.png"),
      "--lang",
      "en",
    );
    expect(png.code).toBe(0);
    expect([...readFileSync(at("scorecard.png")).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.stdout).toContain("Themes covered and gaps, unit by unit (5):\n- Xã Sơn Mầu covers ");
    expect(png.stdout).toContain(
      "\n- Xã Gia Tân covers 22 of 28 applicable themes; gaps (6):\n    - Why reform matters\n",
    );
    const bad = await parcomms("chart", "pie", P003, "--out", at("pie.svg"));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'parcomms chart: lỗi usage.unknown-chart: Không có loại biểu đồ "pie"; các loại: heatmap, scorecard, timeline, workload, cadence.\nXem: parcomms chart --help\n',
    );
  });

  it("export: CSV tables and JSON Lines that read back to the same plans", async () => {
    const csv = await parcomms("export", JSONL, "--format", "csv", "--out", at("tables"));
    expect(csv.code).toBe(0);
    expect(readdirSync(at("tables")).sort()).toEqual(readdirSync(join(ROOT, DATA, "csv")).sort());
    expect(readFileSync(at("tables/activities.csv"), "utf8")).toBe(
      readFileSync(join(ROOT, DATA, "csv/activities.csv"), "utf8"),
    );
    const jsonl = await parcomms("export", at("tables"), "--format", "jsonl", "--out", at("lines"));
    expect(jsonl.code).toBe(0);
    const lines = readFileSync(at("lines/plans.jsonl"), "utf8").trim().split("\n");
    const original = readFileSync(join(ROOT, JSONL), "utf8").trim().split("\n");
    expect(lines.map((line) => JSON.parse(line))).toEqual(original.map((line) => JSON.parse(line)));
    const arrow = await parcomms("export", P003, "--format", "arrow", "--out", at("arrow"));
    expect(arrow.code).toBe(0);
    const back = JSON.parse((await parcomms("summary", at("arrow"), "--format", "json")).stdout);
    // the sub-tasks read back from the subtasks table: 003's 26 pieces of work
    expect(back[0]).toMatchObject({ planId: plan003.id, activities: 26 });
    const parquet = await parcomms("export", JSONL, "--format", "parquet", "--out", at("parquet"));
    expect(parquet.code).toBe(0);
    expect(readdirSync(at("parquet")).sort()).toEqual(readdirSync(join(ROOT, DATA, "parquet")).sort());
    expect(readFileSync(at("parquet/activities.parquet"))).toEqual(
      readFileSync(join(ROOT, DATA, "parquet/activities.parquet")),
    );
    const fromParquet = JSON.parse((await parcomms("summary", at("parquet"), "--format", "json")).stdout);
    expect(fromParquet.map((s: { planId: string }) => s.planId)).toEqual(realPlans.map((p) => p.id));
  });

  it("sample and generate", async () => {
    const one = await parcomms("sample", "003");
    expect(JSON.parse(one.stdout)).toEqual(plan003);
    const all = await parcomms("sample", "all", "--out", at("all.json"));
    expect(all.code).toBe(0);
    expect(JSON.parse(readFileSync(at("all.json"), "utf8"))).toEqual(realPlans);
    const unknown = await parcomms("sample", "999");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("usage.unknown-sample");
    const generated = await parcomms(
      "generate",
      "--era",
      "two-tier",
      "--seed",
      "7",
      "--size",
      "small",
      "--out",
      at("syn.jsonl"),
    );
    expect(generated.code).toBe(0);
    const summary = JSON.parse((await parcomms("summary", at("syn.jsonl"), "--format", "json")).stdout);
    expect(summary.length).toBe(readFileSync(at("syn.jsonl"), "utf8").trim().split("\n").length);
    expect(summary.every((s: { era: string }) => s.era === "two-tier")).toBe(true);
  });

  it("usage errors exit 2 with a stable code and never a stack trace", async () => {
    const unknown = await parcomms("frobnicate");
    expect(unknown).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'parcomms: lỗi usage.unknown-command: Không có lệnh "frobnicate"; các lệnh: validate, summary, compare, gaps, chart, export, extract, ingest, sample, generate.\nXem: parcomms --help\n',
    });
    const noInput = await parcomms("summary", "--lang", "en");
    expect(noInput.code).toBe(2);
    expect(noInput.stderr).toContain(
      "parcomms summary: error usage.no-input: Give at least one plan file or folder.",
    );
    const badFormat = await parcomms("summary", P003, "--format", "xlsx");
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("usage.bad-choice");
    const badOption = await parcomms("validate", P003, "--colour");
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain("usage.unknown-option");
    for (const run of [unknown, noInput, badFormat, badOption]) noStackTrace(run);
  });
});

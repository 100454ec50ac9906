import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateNationalDataset } from "@parcomms/sample-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, runBuiltCli as parcomms, type Run } from "../_testing/runBuiltCli";

let tmp = "";
const at = (name: string) => join(tmp, name);
const noStackTrace = (run: Run) => expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`build first: ${BIN} is missing (cd packages/cli && pnpm exec tsup)`);
  tmp = mkdtempSync(join(tmpdir(), "parcomms-generate-bin-"));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("parcomms generate (built binary)", { timeout: 120_000 }, () => {
  it("prints its help in Vietnamese by default and in English with --lang en", async () => {
    const vi = await parcomms("generate", "--help");
    expect([vi.code, vi.stderr]).toEqual([0, ""]);
    expect(vi.stdout).toMatch(
      /^Cách dùng: parcomms generate --era <three-tier\|two-tier> --seed <số nguyên> --out <kế-hoạch\.jsonl> \[tùy chọn\] \[--lang vi\|en\]\n\nTạo bộ dữ liệu giả lập toàn quốc/,
    );
    expect(vi.stdout).toContain(
      "  --defect-share <x>     tỉ lệ kế hoạch có lỗi cài sẵn, từ 0 đến 1 (mặc định 0.1)\n",
    );
    expect(vi.stdout).toContain("Mã thoát: 0 xong, 1 không ghi được tệp, 2 dòng lệnh sai.\n");
    expect(vi.stdout).not.toContain("Usage:");
    const en = await parcomms("generate", "-h", "--lang", "en");
    expect([en.code, en.stderr]).toEqual([0, ""]);
    expect(en.stdout).toMatch(
      /^Usage: parcomms generate --era <three-tier\|two-tier> --seed <integer> --out <plans\.jsonl> \[options\] \[--lang vi\|en\]\n\nGenerates a synthetic national dataset/,
    );
    expect(en.stdout).toContain("Exit codes: 0 done, 1 a file could not be written, 2 bad command line.\n");
    expect(en.stdout).not.toMatch(/[ạảấầậểếệịọỏốồộớờợụủứừựỳ]/);
    // `parcomms help generate` is the same page
    expect((await parcomms("help", "generate", "--lang", "en")).stdout).toBe(en.stdout);
  });

  it("a bad option exits 2 with a coded message in the chosen language and nothing written", async () => {
    const colourVi = await parcomms(
      "generate",
      "--era",
      "two-tier",
      "--seed",
      "1",
      "--out",
      at("x.jsonl"),
      "--colour",
    );
    expect(colourVi.code).toBe(2);
    expect(colourVi.stdout).toBe("");
    expect(colourVi.stderr).toMatch(
      /^parcomms generate: lỗi usage\.unknown-option: Tùy chọn không hợp lệ: Unknown option '--colour'.*\nXem: parcomms generate --help\n$/,
    );
    const colourEn = await parcomms("generate", "--colour", "--lang", "en");
    expect(colourEn.code).toBe(2);
    expect(colourEn.stderr).toMatch(
      /^parcomms generate: error usage\.unknown-option: Unknown option: Unknown option '--colour'.*\nSee: parcomms generate --help\n$/,
    );
    const cases: [string[], string, string][] = [
      [
        ["--era", "one-tier", "--seed", "1", "--out", at("x.jsonl")],
        "parcomms generate: lỗi usage.bad-choice: --era phải là một trong: three-tier, two-tier (nhận được one-tier).\nXem: parcomms generate --help\n",
        "parcomms generate: error usage.bad-choice: --era must be one of: three-tier, two-tier (got one-tier).\nSee: parcomms generate --help\n",
      ],
      [
        ["--era", "two-tier", "--seed", "abc", "--out", at("x.jsonl")],
        "parcomms generate: lỗi usage.bad-number: --seed phải là số nguyên (nhận được abc).\nXem: parcomms generate --help\n",
        "parcomms generate: error usage.bad-number: --seed must be an integer (got abc).\nSee: parcomms generate --help\n",
      ],
      [
        ["--era", "two-tier", "--seed", "1"],
        "parcomms generate: lỗi usage.missing-option: Cần --out.\nXem: parcomms generate --help\n",
        "parcomms generate: error usage.missing-option: --out is required.\nSee: parcomms generate --help\n",
      ],
      [
        ["--era", "two-tier", "--seed", "1", "--out", at("x.jsonl"), "--defect-share", "2"],
        "parcomms generate: lỗi usage.bad-number: --defect-share phải là số từ 0 đến 1 (nhận được 2).\nXem: parcomms generate --help\n",
        "parcomms generate: error usage.bad-number: --defect-share must be a number from 0 to 1 (got 2).\nSee: parcomms generate --help\n",
      ],
      [
        ["--era", "three-tier", "--seed", "1", "--out", at("x.jsonl"), "--year", "2026"],
        "parcomms generate: lỗi usage.bad-number: Chính quyền ba cấp kết thúc năm 2025: --year không quá 2025 với three-tier (nhận được 2026).\nXem: parcomms generate --help\n",
        "parcomms generate: error usage.bad-number: The three-tier era ended in 2025: --year is at most 2025 with three-tier (got 2026).\nSee: parcomms generate --help\n",
      ],
    ];
    const runs = await Promise.all(
      cases.flatMap(([args]) => [
        parcomms("generate", ...args), // bounded-spread: a case's few arguments
        parcomms("generate", ...args, "--lang", "en"), // bounded-spread: the same
      ]),
    );
    expect(runs).toEqual(
      cases.flatMap(([, vi, en]) => [
        { code: 2, stdout: "", stderr: vi },
        { code: 2, stdout: "", stderr: en },
      ]),
    );
    for (const run of [colourVi, colourEn]) noStackTrace(run);
    expect(existsSync(at("x.jsonl"))).toBe(false);
  });

  it("writes the same plans as generateNationalDataset, and says so in the chosen language", async () => {
    const run = await parcomms(
      "generate",
      ...["--era", "two-tier", "--seed", "7", "--size", "small", "--out", at("syn.jsonl")],
    );
    expect(run.code).toBe(0);
    const expected = generateNationalDataset({ era: "two-tier", seed: 7, size: "small" });
    expect(readFileSync(at("syn.jsonl"), "utf8")).toBe(
      expected.plans.map((plan) => `${JSON.stringify(plan)}\n`).join(""),
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `^Đã ghi ${expected.plans.length} kế hoạch giả lập \\(${expected.defects.length} kế hoạch có lỗi cài sẵn\\) vào .*syn\\.jsonl trong [\\d.]+ giây; `,
      ),
    );
    // in a pipe: a plain percentage line every 10%, in the chosen language
    expect(run.stderr.split("\n")[1]).toBe(`generate: 10% (8/${expected.plans.length} kế hoạch)`);
  });
});

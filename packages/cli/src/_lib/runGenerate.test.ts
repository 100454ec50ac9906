import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateNationalDataset } from "@parcomms/sample-data";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "./CliIo";
import { runGenerate } from "./runGenerate";

const dir = mkdtempSync(join(tmpdir(), "parcomms-generate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(isTTY: boolean): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd: dir,
    stdout: { write: (t: string | Uint8Array) => out.push(String(t)) },
    stderr: { write: (t: string | Uint8Array) => err.push(String(t)), isTTY },
  };
}

const SMALL = { era: "two-tier", seed: 4, size: "small" } as const;

describe("runGenerate", () => {
  it("writes the plans as JSON Lines and the defects with the meta as JSON", async () => {
    const io = capture(false);
    expect(await runGenerate({ ...SMALL, out: "plans.jsonl" }, io, "en")).toBe(0);
    const expected = generateNationalDataset({ era: "two-tier", seed: 4, size: "small" });
    const lines = readFileSync(join(dir, "plans.jsonl"), "utf8").split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((line) => JSON.parse(line))).toEqual(expected.plans);
    expect(JSON.parse(readFileSync(join(dir, "plans.defects.json"), "utf8"))).toEqual({
      meta: expected.meta,
      defects: expected.defects,
    });
    expect(io.out.join("")).toMatch(
      new RegExp(
        `^Wrote ${expected.plans.length} synthetic plans \\(${expected.defects.length} with a planted defect\\) to plans\\.jsonl in [\\d.]+ s; defects and meta in plans\\.defects\\.json\\.\\n$`,
      ),
    );
  });

  it("says it in Vietnamese by default", async () => {
    const io = capture(false);
    expect(await runGenerate({ ...SMALL, out: "vi.jsonl" }, io, "vi")).toBe(0);
    const expected = generateNationalDataset({ era: "two-tier", seed: 4, size: "small" });
    expect(io.out.join("")).toMatch(
      new RegExp(
        `^Đã ghi ${expected.plans.length} kế hoạch giả lập \\(${expected.defects.length} kế hoạch có lỗi cài sẵn\\) vào vi\\.jsonl trong [\\d.]+ giây; lỗi cài sẵn và thông tin bộ dữ liệu trong vi\\.defects\\.json\\.\\n$`,
      ),
    );
  });

  it("prints a plain percentage line every 10% when stderr is not a terminal", async () => {
    const io = capture(false);
    expect(await runGenerate({ ...SMALL, out: "plain.jsonl" }, io, "en")).toBe(0);
    const total = generateNationalDataset({ era: "two-tier", seed: 4, size: "small" }).plans.length;
    expect(total).toBe(80);
    expect(io.err).toEqual(
      [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map(
        (p) => `generate: ${p}% (${(p * total) / 100}/${total} plans)\n`,
      ),
    );
  });

  it("draws a progress bar in place on a terminal, and ends the line", async () => {
    const io = capture(true);
    expect(await runGenerate({ ...SMALL, out: "tty.jsonl" }, io, "vi")).toBe(0);
    const total = generateNationalDataset({ era: "two-tier", seed: 4, size: "small" }).plans.length;
    expect(io.err.every((t) => t.startsWith("\r[") || t === "\n")).toBe(true);
    expect(io.err.slice(-2)).toEqual([`\r[${"█".repeat(30)}] 100% ${total}/${total} kế hoạch`, "\n"]);
  });

  it("prints nothing when quiet, and names the defects file it is given", async () => {
    const io = capture(true);
    expect(
      await runGenerate(
        { ...SMALL, out: "quiet.jsonl", defects: "quiet-defects.json", quiet: true },
        io,
        "en",
      ),
    ).toBe(0);
    expect([io.out, io.err]).toEqual([[], []]);
    expect(JSON.parse(readFileSync(join(dir, "quiet-defects.json"), "utf8")).meta.seed).toBe(4);
  });

  it("returns 1 with a coded message in the chosen language when the file cannot be written", async () => {
    const out = join("missing", "plans.jsonl");
    const vi = capture(false);
    expect(await runGenerate({ ...SMALL, out, quiet: true }, vi, "vi")).toBe(1);
    expect(vi.err).toEqual([`${out}: lỗi io.cannot-write: Không ghi được: ENOENT.\n`]);
    const en = capture(false);
    expect(await runGenerate({ ...SMALL, out, quiet: true }, en, "en")).toBe(1);
    expect(en.err).toEqual([`${out}: error io.cannot-write: Cannot write: ENOENT.\n`]);
  });
});

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type GenerateIo, runGenerate } from "./cli";
import { generateNationalDataset } from "./generateNationalDataset";

const dir = mkdtempSync(join(tmpdir(), "parcomms-generate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(isTTY: boolean): GenerateIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    isTTY,
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
  };
}

const SMALL = ["--era", "two-tier", "--seed", "4", "--size", "small"];

describe("runGenerate", () => {
  it("writes the plans as JSON Lines and the defects with the meta as JSON", async () => {
    const io = capture(false);
    const out = join(dir, "plans.jsonl");
    expect(await runGenerate([...SMALL, "--out", out], io)).toBe(0);
    const expected = generateNationalDataset({ era: "two-tier", seed: 4, size: "small" });
    const lines = readFileSync(out, "utf8").split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((line) => JSON.parse(line))).toEqual(expected.plans);
    expect(JSON.parse(readFileSync(join(dir, "plans.defects.json"), "utf8"))).toEqual({
      meta: expected.meta,
      defects: expected.defects,
    });
    expect(io.out.join("")).toMatch(
      new RegExp(
        `^Wrote ${expected.plans.length} synthetic plans \\(${expected.defects.length} with a planted defect\\) to .*plans\\.jsonl in [\\d.]+ s; defects and meta in .*plans\\.defects\\.json\\.\\n$`,
      ),
    );
  });

  it("prints a plain percentage line every 10% when stderr is not a terminal", async () => {
    const io = capture(false);
    expect(await runGenerate([...SMALL, "--out", join(dir, "plain.jsonl")], io)).toBe(0);
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
    expect(await runGenerate([...SMALL, "--out", join(dir, "tty.jsonl")], io)).toBe(0);
    const total = generateNationalDataset({ era: "two-tier", seed: 4, size: "small" }).plans.length;
    expect(io.err.every((t) => t.startsWith("\r[") || t === "\n")).toBe(true);
    expect(io.err.slice(-2)).toEqual([`\r[${"█".repeat(30)}] 100% ${total}/${total} plans`, "\n"]);
  });

  it("prints nothing with --quiet, and names the defects file with --defects", async () => {
    const io = capture(true);
    const defects = join(dir, "quiet-defects.json");
    expect(
      await runGenerate([...SMALL, "--out", join(dir, "quiet.jsonl"), "--defects", defects, "--quiet"], io),
    ).toBe(0);
    expect([io.out, io.err]).toEqual([[], []]);
    expect(JSON.parse(readFileSync(defects, "utf8")).meta.seed).toBe(4);
  });

  it("rejects bad arguments with exit code 2 and the usage", async () => {
    const cases = [
      ["--era", "one-tier", "--seed", "1", "--out", "x.jsonl"],
      ["--era", "two-tier", "--seed", "abc", "--out", "x.jsonl"],
      ["--era", "two-tier", "--seed", "1"],
      ["--era", "two-tier", "--seed", "1", "--out", "x.jsonl", "--defect-share", "2"],
      ["--era", "two-tier", "--seed", "1", "--out", "x.jsonl", "--colour"],
    ];
    const results = await Promise.all(
      cases.map(async (argv) => {
        const io = capture(false);
        return [
          await runGenerate(argv, io),
          io.out.length,
          io.err.join("").includes("Usage: parcomms generate"),
        ];
      }),
    );
    expect(results).toEqual(cases.map(() => [2, 0, true]));
  });

  it("prints the usage with --help", async () => {
    const io = capture(false);
    expect(await runGenerate(["--help"], io)).toBe(0);
    expect(io.out.join("")).toMatch(
      /^Usage: parcomms generate --era <three-tier\|two-tier> --seed <integer>/,
    );
  });

  it("returns 1 when the file cannot be written", async () => {
    const io = capture(false);
    expect(await runGenerate([...SMALL, "--out", join(dir, "missing", "plans.jsonl"), "--quiet"], io)).toBe(
      1,
    );
    expect(io.err.join("")).toMatch(/^parcomms generate: cannot write: /);
  });
});

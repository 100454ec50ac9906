import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "@parcomms/cli";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The command line's outputs on the five real plans, byte for byte: stdout,
 * stderr, exit status and every file written, for each invocation of
 * `cases.json`, against `outputs/<case>/`. The expected files were first
 * captured with the binary as it was before the packages were split
 * (issue 10); a change to them is a change users see, and shows in review.
 * `{out}` stands for the run's temporary output folder.
 *
 * `PARCOMMS_UPDATE_OUTPUTS=1 pnpm vitest run tests/golden/src/cli` rewrites
 * the captures from the current code (every case's folder, its old `out.*`
 * files removed first); review the diff before committing it.
 */
const ROOT = resolve(import.meta.dirname, "../../../..");
const HERE = import.meta.dirname;
const cases = JSON.parse(readFileSync(join(HERE, "cases.json"), "utf8")) as {
  name: string;
  args: string[];
}[];
const folders: string[] = [];
const UPDATE = process.env.PARCOMMS_UPDATE_OUTPUTS === "1";

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

interface Outputs {
  readonly status: string;
  readonly stdout: string;
  readonly stderr: string;
  /** Every file written to the output folder, as `out.<name>`. */
  readonly files: Map<string, Buffer>;
}

async function run(args: readonly string[]): Promise<Outputs> {
  const out = mkdtempSync(join(tmpdir(), "parcomms-golden-"));
  folders.push(out);
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  const stream = (into: Buffer[]) => ({ write: (text: string | Uint8Array) => into.push(Buffer.from(text)) });
  const status = await runCli(
    args.map((arg) => arg.replace("{out}", out)),
    { stdout: stream(chunks.stdout), stderr: stream(chunks.stderr), cwd: ROOT },
  );
  const text = (parts: Buffer[]) => Buffer.concat(parts).toString("utf8").replaceAll(out, "{out}");
  const files = new Map(readdirSync(out).map((name) => [`out.${name}`, readFileSync(join(out, name))]));
  return { status: String(status), stdout: text(chunks.stdout), stderr: text(chunks.stderr), files };
}

/** Writes a run's outputs as the captures of its case (update mode only). */
function capture(folder: string, got: Outputs): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const stream of ["status", "stdout", "stderr"] as const)
    writeFileSync(join(folder, stream), got[stream]);
  for (const [name, bytes] of got.files) writeFileSync(join(folder, name), bytes);
}

describe("parcomms outputs on the five real plans", { timeout: 60_000 }, () => {
  it.each(cases)("$name", async ({ name, args }) => {
    const expected = join(HERE, "outputs", name);
    const got = await run(args);
    if (UPDATE) capture(expected, got);
    for (const stream of ["status", "stdout", "stderr"] as const) {
      expect(got[stream], `${name}/${stream}`).toBe(readFileSync(join(expected, stream), "utf8"));
    }
    const expectedFiles = readdirSync(expected).filter((file) => file.startsWith("out."));
    expect([...got.files.keys()].sort()).toEqual(expectedFiles.sort());
    for (const file of expectedFiles) {
      expect(got.files.get(file)?.equals(readFileSync(join(expected, file))), `${name}/${file}`).toBe(true);
    }
  });
});

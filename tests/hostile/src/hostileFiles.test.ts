import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "@parcomms/cli";
import { writeZipBomb } from "@parcomms/ingest/testing";
import { plan003 } from "@parcomms/sample-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parquetDeclaring } from "./_lib/parquetDeclaring";

/**
 * Hostile input files (issue 14), each given to the command line together
 * with a good plan (003, the seed plan of Gia Tân as JSON): the bad one gets
 * a coded message, the exit status is the documented one (validate: 1 when
 * a file has an error, 0 when all are usable), and the good plan is still
 * read. A row is one line: its name, how to make the hostile path in a
 * temporary folder (returning the path to give), the command, the code
 * expected for it and the exit status (docs/cli.md: 1 when the data has
 * errors, the table commands still printing what they read).
 */
interface HostileRow {
  readonly name: string;
  /** Makes the hostile file or folder in `dir`; returns the path to give the command. */
  readonly make: (dir: string) => string;
  readonly command: "validate" | "summary" | "gaps" | "ingest";
  /** The code of the message about the hostile path. */
  readonly code: string;
  readonly exit: number;
}

const MB = 1024 * 1024;
const asRoot = process.getuid?.() === 0;
const utf16le = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1)
    new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), true);
  return bytes;
};
const file = (name: string, bytes: Uint8Array | string) => (dir: string) => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};
const fifo = (name: string) => (dir: string) => {
  execFileSync("mkfifo", [join(dir, name)]);
  return join(dir, name);
};
const folderWith = (name: string, make: (dir: string) => string) => (dir: string) => {
  mkdirSync(join(dir, name));
  make(join(dir, name));
  return join(dir, name);
};
/** A folder that cannot be listed: chmod 000; as root (which chmod does not stop) a file given as a folder. */
const unlistable = (dir: string) => {
  if (asRoot) return join(file("plain.json", "[]")(dir), "inner");
  mkdirSync(join(dir, "locked"));
  chmodSync(join(dir, "locked"), 0);
  return join(dir, "locked");
};

// biome-ignore format: one row a line
const ROWS: readonly HostileRow[] = [
  { name: "zip bomb: a .docx declaring 400 MB", make: file("bomb.docx", writeZipBomb({ inflatedBytes: MB, declaredBytes: 400 * MB })), command: "validate", code: "ingest.inflated-too-large", exit: 1 },
  { name: "zip bomb named .odt", make: file("bomb.odt", writeZipBomb({ inflatedBytes: MB, declaredBytes: 400 * MB })), command: "validate", code: "ingest.inflated-too-large", exit: 1 },
  { name: "JSON array of 150,000 numbers", make: file("numbers.json", JSON.stringify(Array.from({ length: 150_000 }, (_, i) => i))), command: "validate", code: "io.more-issues", exit: 1 },
  { name: "JSON array of 150,000 numbers, summary", make: file("numbers.json", JSON.stringify(Array.from({ length: 150_000 }, (_, i) => i))), command: "summary", code: "io.more-issues", exit: 1 },
  { name: "folder that cannot be listed", make: unlistable, command: "validate", code: asRoot ? "io.not-a-folder" : "io.permission-denied", exit: 1 },
  { name: "FIFO given directly", make: fifo("pipe.json"), command: "validate", code: "io.not-a-file", exit: 1 },
  { name: "FIFO inside a folder", make: folderWith("piped", fifo("pipe.json")), command: "validate", code: "io.not-a-file", exit: 1 },
  { name: "/dev/zero", make: () => "/dev/zero", command: "validate", code: "io.not-a-file", exit: 1 },
  { name: "FIFO given to gaps", make: fifo("pipe.jsonl"), command: "gaps", code: "io.not-a-file", exit: 1 },
  { name: "FIFO given to ingest", make: fifo("pipe.txt"), command: "ingest", code: "io.not-a-file", exit: 1 },
  { name: "zip bomb given to ingest", make: file("bomb.docx", writeZipBomb({ inflatedBytes: MB, declaredBytes: 400 * MB })), command: "ingest", code: "ingest.inflated-too-large", exit: 1 },
  { name: "/dev/zero given to summary", make: () => "/dev/zero", command: "summary", code: "io.not-a-file", exit: 1 },
  { name: "Parquet bomb: plans.parquet declaring 400 MB once inflated", make: file("plans.parquet", parquetDeclaring(plan003, 400 * MB)), command: "validate", code: "ingest.inflated-too-large", exit: 1 },
  { name: "UTF-16 LE JSON without a BOM (read, with a note)", make: file("utf16.json", utf16le(JSON.stringify({ ...plan003, id: "plan-utf16" }))), command: "validate", code: "io.utf16-no-bom", exit: 0 },
];

let root = "";
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "parcomms-hostile-"));
});
afterAll(() => {
  if (!asRoot)
    for (const row of ROWS)
      if (row.make === unlistable) chmodSync(join(root, `${ROWS.indexOf(row)}`, "locked"), 0o755);
  rmSync(root, { recursive: true, force: true });
});

async function run(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (text: string | Uint8Array) => (stdout += String(text)) },
    stderr: { write: (text: string | Uint8Array) => (stderr += String(text)) },
    cwd,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe("hostile files given with a good plan", () => {
  it.each(ROWS.map((row, i) => [row.name, row, i] as const))("%s", async (_name, row, i) => {
    const dir = join(root, String(i));
    mkdirSync(dir);
    writeFileSync(join(dir, "good.json"), JSON.stringify(plan003));
    const hostile = row.make(dir);
    const out = row.command === "ingest" ? ["--out", join(dir, "out.jsonl")] : [];
    const result = await run([row.command, hostile, join(dir, "good.json"), ...out, "--lang", "en"], dir);
    const output = result.stdout + result.stderr;
    expect(output).toContain(row.code);
    expect(output).not.toMatch(/internal|Maximum call stack|at .*\.ts:\d+/);
    expect(result.code).toBe(row.exit);
    if (row.command === "ingest") {
      expect(readFileSync(join(dir, "out.jsonl"), "utf8")).toContain(`"id":"${plan003.id}"`);
    } else if (row.command === "validate") {
      expect(result.stdout).toContain(`✓ ${join(dir, "good.json")}: usable (1 plan`);
    } else {
      expect(result.stdout).toContain(plan003.unit?.name ?? "—");
    }
  });
});

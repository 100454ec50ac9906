import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { runCli } from "@parcomms/cli";
import { plan003, seedText } from "@parcomms/sample-data";
import { csvParseRows } from "d3-dsv";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parquetDeclaring } from "./_lib/parquetDeclaring";
import { type HostileFile, hostileFiles } from "./hostileFiles";
import { HOSTILE_MARKUP } from "./hostileMarkup";

/**
 * Hostile input files (issue 14), each given to the command line together
 * with a good plan (003, the seed plan of Gia Tân as JSON): the bad one gets
 * a coded message, the exit status is the documented one (validate: 1 when
 * a file has an error, 0 when all are usable), and the good plan is still
 * read. A row is one line: its name, how to make the hostile path in a
 * temporary folder (returning the path to give), the command, the code
 * expected for it and the exit status (docs/cli.md: 1 when the data has
 * errors, the table commands still printing what they read). A row whose
 * answer is in the output rather than a message (formula cells neutralised,
 * escapes shown visibly, markup kept as text) checks it with `output`; a row
 * that needs its own command line gives `args`. The files themselves come
 * from `hostileFiles`, which the notebook's browser test drops too. A row's
 * name starts with the number of the defect of issue 14 it holds (1–10).
 */
interface HostileRow {
  readonly name: string;
  /** Makes the hostile file or folder in `dir`; returns the path to give the command. */
  readonly make: (dir: string) => string;
  readonly command: "validate" | "summary" | "gaps" | "ingest" | "export" | "compare" | "extract" | "chart";
  /** The code of the message about the hostile path (a row with `output` may have none). */
  readonly code?: string;
  readonly exit: number;
  /** The whole command line, in place of `command hostile good [--out …] --lang en`. */
  readonly args?: (hostile: string, good: string, dir: string) => string[];
  /** A check of what the command printed or wrote, for a row answered by its output. */
  readonly output?: (run: CliRun, dir: string) => void;
}

interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const asRoot = process.getuid?.() === 0;
const MB = 1024 * 1024;
const file = (name: string, bytes: Uint8Array | string) => (dir: string) => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};
/** Writes one of the shared hostile files. */
const written = (make: () => HostileFile) => (dir: string) => {
  const { name, bytes } = make();
  return file(name, bytes)(dir);
};
/** Defect 6: nothing printed holds an ESC byte (or another control), and `sequence` is shown as visible text. */
const escapesShown = (sequence: string) => (run: CliRun) => {
  const controls = [...(run.stdout + run.stderr)].filter((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 0x20 && ch !== "\n" && ch !== "\t") || (code >= 0x7f && code <= 0x9f);
  });
  expect(controls).toEqual([]);
  expect(run.stdout).toContain(sequence);
};
/** Defect 5: no cell of the written CSV files starts as a formula (= + - @ tab CR); the title's formula is kept behind a quote. */
const noFormulaCells = (_run: CliRun, dir: string) => {
  const files = readdirSync(join(dir, "csv"));
  const cells = files.flatMap((name) => csvParseRows(readFileSync(join(dir, "csv", name), "utf8")).flat());
  expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  expect(cells).toContain(`'=HYPERLINK("http://example.invalid/?q="&A1,"Xem")${plan003.title}`);
};
/** Markup in every field: the SVG has no element or handler from the text, and shows the text itself. */
const markupAsText = (_run: CliRun, dir: string) => {
  const svg = new JSDOM(readFileSync(join(dir, "chart.svg"), "utf8"), { contentType: "image/svg+xml" }).window
    .document;
  const elements = [...svg.querySelectorAll("*")];
  expect(elements.filter((e) => /^(script|img|b|foreignObject)$/i.test(e.localName)).length).toBe(0);
  expect(elements.filter((e) => e.getAttributeNames().some((n) => /^on/i.test(n))).length).toBe(0);
  expect(svg.documentElement.textContent).toContain(HOSTILE_MARKUP.field);
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
  { name: "1: zip bomb: a .docx declaring 400 MB", make: written(hostileFiles.zipBombDocx), command: "validate", code: "ingest.inflated-too-large", exit: 1 },
  { name: "1: zip bomb named .odt", make: written(hostileFiles.zipBombOdt), command: "validate", code: "ingest.inflated-too-large", exit: 1 },
  { name: "2: JSON array of 150,000 numbers", make: written(hostileFiles.numbers), command: "validate", code: "io.more-issues", exit: 1 },
  { name: "2: JSON array of 150,000 numbers, summary", make: written(hostileFiles.numbers), command: "summary", code: "io.more-issues", exit: 1 },
  { name: "5: formula cells, export --format csv", make: written(hostileFiles.formulaPlan), command: "export", exit: 0, output: noFormulaCells },
  { name: "6: escapes in a unit name, summary", make: written(hostileFiles.escapePlan), command: "summary", exit: 0, output: escapesShown("Gia Tân\\u001b[2J\\u001b[H") },
  { name: "6: escapes in a unit name, compare", make: written(hostileFiles.escapePlan), command: "compare", exit: 0, output: escapesShown("xã Gia Tân\\u001b[2J\\u001b[H") },
  { name: "6: escape in a file name, validate", make: written(hostileFiles.escapePlan), command: "validate", exit: 0, output: escapesShown("esc\\u001b[31m.json: usable") },
  { name: "6: escape in a text's title line, extract", make: written(hostileFiles.escapeText), command: "extract", exit: 0, output: escapesShown("Tuyên truyền\\u001b[8m cải cách") },
  { name: "7: \"a) Tuyên truyền\" 8,000 times (linear extraction) read to its end", make: written(hostileFiles.repetitiveText), command: "validate", code: "io.not-a-plan", exit: 1 },
  { name: "8: frequency \"0 tuần 1 lần\" as interval 0", make: written(hostileFiles.frequencyZero), command: "validate", code: "structure.too-small", exit: 1, output: (run) => expect(run.stdout).toMatch(/tan-suat-0\.json#\/activities\/\d+\/frequency\/interval: error structure\.too-small/) },
  { name: "8: frequency \"0 tuần 1 lần\" in a document's appendix, extract", make: written(hostileFiles.frequencyZeroText), command: "extract", code: "extract.timeframe.unreadable", exit: 0, output: (run) => expect(run.stdout).toContain("0 tuần 1 lần") },
  { name: "9: a file named --lang=en.json after --", make: file("--lang=en.json", JSON.stringify({ ...plan003, id: "plan-lang" })), command: "validate", exit: 0, args: (path, good) => ["validate", "--lang", "en", "--", basename(path), good], output: (run) => expect(run.stdout).toContain("✓ --lang=en.json: usable (1 plan") },
  { name: "HTML and script in every text field, charted as SVG", make: written(hostileFiles.markupPlan), command: "chart", exit: 0, args: (path, good, dir) => ["chart", "workload", path, good, "--out", join(dir, "chart.svg"), "--lang", "en"], output: markupAsText },
  { name: "damaged .docx (cut in half)", make: written(hostileFiles.damagedDocx), command: "validate", code: "io.bad-docx", exit: 1 },
  { name: "damaged .pdf", make: written(hostileFiles.damagedPdf), command: "validate", code: "ingest.pdf-damaged", exit: 1 },
  { name: "damaged .png", make: written(hostileFiles.damagedPng), command: "validate", code: "ingest.image-damaged", exit: 1 },
  { name: "damaged .jpg", make: written(hostileFiles.damagedJpg), command: "validate", code: "ingest.image-damaged", exit: 1 },
  { name: "3, 10: folder that cannot be listed", make: unlistable, command: "validate", code: asRoot ? "io.not-a-folder" : "io.permission-denied", exit: 1 },
  { name: "4: FIFO given directly", make: fifo("pipe.json"), command: "validate", code: "io.not-a-file", exit: 1 },
  { name: "4: FIFO inside a folder", make: folderWith("piped", fifo("pipe.json")), command: "validate", code: "io.not-a-file", exit: 1 },
  { name: "4: /dev/zero", make: () => "/dev/zero", command: "validate", code: "io.not-a-file", exit: 1 },
  { name: "4: FIFO given to gaps", make: fifo("pipe.jsonl"), command: "gaps", code: "io.not-a-file", exit: 1 },
  { name: "4: FIFO given to ingest", make: fifo("pipe.txt"), command: "ingest", code: "io.not-a-file", exit: 1 },
  { name: "1: zip bomb given to ingest", make: written(hostileFiles.zipBombDocx), command: "ingest", code: "ingest.inflated-too-large", exit: 1 },
  { name: "4: /dev/zero given to summary", make: () => "/dev/zero", command: "summary", code: "io.not-a-file", exit: 1 },
  { name: "10: UTF-16 LE JSON without a BOM (read, with a note)", make: written(hostileFiles.utf16NoBom), command: "validate", code: "io.utf16-no-bom", exit: 0 },
  { name: "Parquet bomb: plans.parquet declaring 400 MB once inflated", make: file("plans.parquet", parquetDeclaring(plan003, 400 * MB)), command: "validate", code: "ingest.inflated-too-large", exit: 1 },
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
    // extract reads texts only: its good file is seed 003's own text.
    writeFileSync(join(dir, "good.txt"), seedText("003_c2f82bd70c212939.txt"));
    const good = join(dir, row.command === "extract" ? "good.txt" : "good.json");
    const hostile = row.make(dir);
    const out =
      row.command === "ingest"
        ? ["--out", join(dir, "out.jsonl")]
        : row.command === "export"
          ? ["--format", "csv", "--out", join(dir, "csv")]
          : [];
    const args = row.args?.(hostile, good, dir) ?? [row.command, hostile, good, ...out, "--lang", "en"];
    const result = await run(args, dir);
    const output = result.stdout + result.stderr;
    expect(row.code ?? row.output).toBeDefined();
    if (row.code) expect(output).toContain(row.code);
    expect(output).not.toMatch(/internal|Maximum call stack|at .*\.ts:\d+/);
    expect(result.code).toBe(row.exit);
    row.output?.(result, dir);
    if (row.command === "ingest") {
      expect(readFileSync(join(dir, "out.jsonl"), "utf8")).toContain(`"id":"${plan003.id}"`);
    } else if (row.command === "validate") {
      expect(result.stdout).toContain(`✓ ${good}: usable (1 plan`);
    } else if (row.command === "export") {
      expect(readFileSync(join(dir, "csv", "plans.csv"), "utf8")).toContain(plan003.id);
    } else if (row.command === "extract") {
      expect(result.stdout).toContain(`== ${good} ==\nDocument kind: plan\nDraft plan: good`);
    } else {
      expect(result.stdout).toContain(plan003.unit?.name ?? "—");
    }
  });
});

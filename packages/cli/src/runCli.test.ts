import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plan } from "@parcomms/core";
import { plan003, SEED_FILES, seedText } from "@parcomms/sample-data";
import { afterAll, describe, expect, it } from "vitest";
import { captureIo } from "./_testing/draftPlanFile";
import { runCli } from "./runCli";

const ROOT = join(import.meta.dirname, "../../..");
const P004 = "packages/sample-data/data/plans/004_f3b844502d811123.json";
const tmp = mkdtempSync(join(tmpdir(), "parcomms-runcli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * What a hostile text carries: an erase-screen CSI, an OSC 8 hyperlink and an OSC title (ended by BEL),
 * an 8-bit CSI (C1), NUL, backspace, a lone carriage return, a right-to-left override and an isolate.
 */
const HOSTILE =
  "\u001b[2J\u001b]8;;http://example.invalid\u0007lien ket\u001b]8;;\u0007\u001b]0;tieu de\u0007\u009b31m\u0000\b\rGIẢ\u202eNAT\u2066";

/** Any of those, raw, in what reached the "terminal". */
const RAW_CONTROL = /(?!\t|\n|\r\n)[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/u;

// 003 (xã Gia Tân, 003:2) with the hostile text in its unit's name, its title and its first office's name,
// saved under a file name that carries it too.
const hostilePlan: Plan = structuredClone(plan003);
hostilePlan.title = `${hostilePlan.title}${HOSTILE}`;
if (hostilePlan.unit) hostilePlan.unit.name = `Gia Tân${HOSTILE}`;
const firstOffice = hostilePlan.offices[0];
if (firstOffice) firstOffice.name = `${HOSTILE}${firstOffice.name}`;
const planFile = join(tmp, `ke-hoach\u001b[31m\u202e.json`);
writeFileSync(planFile, JSON.stringify(hostilePlan));
// A file that is not JSON, under a hostile name.
const broken = join(tmp, "hong\u001b[5m\u202e.json");
writeFileSync(broken, "{ not json");
// Seed 003's text with the hostile text in its title line (003:2).
const textFile = join(tmp, `van-ban\u001b]0;x\u0007.txt`);
writeFileSync(
  textFile,
  seedText(SEED_FILES[3] as string).replace("xã Gia Tân năm 2024\n", `xã Gia Tân năm 2024${HOSTILE}\n`),
);

async function run(...argv: string[]) {
  const io = captureIo(ROOT);
  const code = await runCli(argv, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

function expectSafe(printed: string): void {
  expect(printed.match(RAW_CONTROL)).toBeNull();
  expect(printed).toContain("\\u001b");
}

describe("runCli: every text printed is safe for a terminal", () => {
  it("summary shows the hostile unit name with its controls as escapes, Vietnamese kept, and the bad file's name on stderr", async () => {
    const { code, out, err } = await run("summary", planFile, broken, "--lang", "en");
    expect(code).toBe(1);
    expectSafe(out);
    expectSafe(err);
    expect(err).toContain("hong\\u001b[5m\\u202e.json");
    expect(out).toContain("Gia Tân\\u001b[2J\\u001b]8;;http://example.invalid\\u0007lien ket");
    expect(out).toContain("GIẢ\\u202eNAT\\u2066");
  });

  it("summary --format json stays valid JSON that gives back the exact hostile name", async () => {
    const { code, out } = await run("summary", planFile, "--format", "json", "--lang", "en");
    expect(code).toBe(0);
    expect(out.match(RAW_CONTROL)).toBeNull();
    expect(JSON.stringify(JSON.parse(out))).toContain(JSON.stringify(HOSTILE).slice(1, -1));
    expect(JSON.parse(out)[0].unit).toContain(`Gia Tân${HOSTILE}`);
  });

  it("compare shows both plans' headings and the hostile one safely", async () => {
    const { code, out, err } = await run("compare", planFile, P004, "--lang", "en");
    expect(code).toBe(0);
    expectSafe(out + err);
    expect(out).toContain("Gia Tân\\u001b[2J");
  });

  it("validate names the hostile files safely, the good one and one that is not JSON", async () => {
    const { code, out, err } = await run("validate", planFile, broken, "--lang", "en");
    expect(code).toBe(1);
    expectSafe(out + err);
    expect(out).toContain("ke-hoach\\u001b[31m\\u202e.json");
    expect(out).toContain("hong\\u001b[5m\\u202e.json");
  });

  it("extract shows the hostile title and file name safely", async () => {
    const { code, out, err } = await run("extract", textFile, "--lang", "en");
    expect(code).toBe(0);
    expectSafe(out + err);
    expect(out).toContain("van-ban\\u001b]0;x\\u0007.txt");
    expect(out).toContain("xã Gia Tân năm 2024\\u001b[2J");
  });
});

describe("runCli: after --, every argument is a file name", () => {
  it("reads a plan file named --lang=en.json, in Vietnamese, instead of refusing the language (exit 2)", async () => {
    const dir = mkdtempSync(join(tmp, "dash-"));
    writeFileSync(join(dir, "--lang=en.json"), JSON.stringify(plan003));
    const io = captureIo(dir);
    const code = await runCli(["validate", "--", "--lang=en.json"], io);
    expect(io.err.join("")).not.toContain("usage.bad-language");
    expect(code).toBe(0);
    expect(io.out.join("")).toContain("--lang=en.json");
    // Before --, --lang still chooses the language.
    const en = captureIo(dir);
    expect(await runCli(["validate", "--lang", "en", "--", "--lang=en.json"], en)).toBe(0);
    expect(en.out.join("")).not.toEqual(io.out.join(""));
  });
});

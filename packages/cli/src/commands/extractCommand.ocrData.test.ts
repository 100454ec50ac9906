import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { damagedLanguageData, type LanguageDataDamage, renderScan } from "@parcomms/ingest/testing";
import { seedText } from "@parcomms/sample-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT, type Run } from "../_testing/runBuiltCli";

const S003 = "003_c2f82bd70c212939.txt";
let tmp = "";
const at = (name: string) => join(tmp, name);

/** The built binary run with PARCOMMS_OCR_LANG_PATH pointing OCR at `langPath`; resolves only when the process has exited. */
function parcommsWithData(langPath: string, ...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, TZ: "Asia/Ho_Chi_Minh", PARCOMMS_OCR_LANG_PATH: langPath },
        maxBuffer: 64 << 20,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** A folder whose vie.traineddata.gz is spoiled as asked. */
function dataFolder(damage: LanguageDataDamage): string {
  const folder = at(`lang-${damage}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "vie.traineddata.gz"), damagedLanguageData(damage));
  return folder;
}

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`build first: ${BIN} is missing (cd packages/cli && pnpm exec tsup)`);
  tmp = mkdtempSync(join(tmpdir(), "parcomms-ocr-data-"));
  mkdirSync(at("plans"));
  writeFileSync(at("plans/003.txt"), seedText(S003));
  const scan = await renderScan(seedText(S003).split("\n").slice(0, 2).join("\n"), {
    dpi: 200,
    format: "png",
  });
  writeFileSync(at("plans/scan.png"), scan.bytes);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// The test's timeout is the only clock: before the fix, these runs never ended (tesseract.js's worker kept them alive).
describe("parcomms extract with bad OCR language data (built binary)", { timeout: 120_000 }, () => {
  it("names cut language data by its code and path, reads the plan beside the scan, and exits", async () => {
    const folder = dataFolder("truncated");
    const run = await parcommsWithData(folder, "extract", at("plans"), "--json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: at("plans/003.txt"), documentKind: "plan" });
    expect(run.stderr).toContain(
      `${at("plans/scan.png")}: lỗi ingest.ocr-data-truncated: Dữ liệu ngôn ngữ tiếng Việt của OCR ${join(folder, "vie.traineddata.gz")} bị cắt cụt hoặc hỏng`,
    );
  });

  it("exits after data that tesseract cannot load although it passed the checks: ingest.ocr-failed, the plan still read", async () => {
    const run = await parcommsWithData(dataFolder("unloadable"), "extract", at("plans"), "--json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: at("plans/003.txt"), documentKind: "plan" });
    expect(run.stderr).toMatch(
      new RegExp(
        `${at("plans/scan.png").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: lỗi ingest\\.ocr-failed: Bộ nhận dạng chữ \\(tesseract\\.js\\) không chạy được: .*Aborted\\(\\)`,
      ),
    );
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("names a missing data file, in the English messages too", async () => {
    const run = await parcommsWithData(at("nowhere"), "extract", at("plans/scan.png"), "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `ingest.ocr-data-missing: The OCR's Vietnamese language data ${at("nowhere/vie.traineddata.gz")} cannot be found`,
    );
  });
});

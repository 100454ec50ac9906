import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatMessage } from "@parcomms/core";
import { seedText } from "@parcomms/sample-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ioMessages } from "../../ioMessages";
import { readPlanFilesAsync } from "../../readPlanFilesAsync";
import { damagedLanguageData, type LanguageDataDamage } from "../../testing/damagedLanguageData";
import { renderScan } from "../../testing/renderScan";
import { ocrText } from "./ocrText";

const S003 = "003_c2f82bd70c212939.txt";
const root = mkdtempSync(join(tmpdir(), "parcomms-ocr-data-"));
let png: Uint8Array;
beforeAll(async () => {
  png = (await renderScan(seedText(S003).split("\n").slice(0, 2).join("\n"), { dpi: 200, format: "png" }))
    .bytes;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder whose vie.traineddata.gz is spoiled as asked (or absent). */
function dataFolder(damage: LanguageDataDamage | "missing"): string {
  const at = join(root, damage);
  mkdirSync(at, { recursive: true });
  if (damage !== "missing") writeFileSync(join(at, "vie.traineddata.gz"), damagedLanguageData(damage));
  return at;
}

// Starting tesseract takes a second or more on two busy cores: a ceiling, not a measure of speed.
describe("ocrText with bad language data", { timeout: 120_000 }, () => {
  it("names a missing, cut, non-gzip or foreign data file by its own code and path, before tesseract.js is started", async () => {
    const missing = dataFolder("missing");
    expect(await ocrText(png, { ocr: { langPath: missing } })).toMatchObject({
      failure: "ingest.ocr-data-missing",
      params: { path: join(missing, "vie.traineddata.gz"), reason: expect.stringContaining("ENOENT") },
    });
    const cut = dataFolder("truncated");
    expect(await ocrText(png, { ocr: { langPath: cut } })).toEqual({
      failure: "ingest.ocr-data-truncated",
      params: { path: join(cut, "vie.traineddata.gz"), reason: "unexpected end of file" },
    });
    const page = dataFolder("not-gzip");
    expect(await ocrText(png, { ocr: { langPath: page } })).toEqual({
      failure: "ingest.ocr-data-not-gzip",
      params: { path: join(page, "vie.traineddata.gz") },
    });
    const foreign = dataFolder("not-traineddata");
    expect(await ocrText(png, { ocr: { langPath: foreign } })).toEqual({
      failure: "ingest.ocr-data-not-traineddata",
      params: { path: join(foreign, "vie.traineddata.gz") },
    });
  });

  it("gives ingest.ocr-failed with tesseract's reason for data it cannot load although it looked right", async () => {
    const read = await ocrText(png, { ocr: { langPath: dataFolder("unloadable") } });
    expect(read).toMatchObject({
      failure: "ingest.ocr-failed",
      params: { reason: expect.stringMatching(/Aborted\(\)/u) },
    });
  });

  it("reads the good plan given with the scan, and reports the scan's problem in both languages", async () => {
    const cut = dataFolder("truncated");
    const { plans, issues } = await readPlanFilesAsync(
      [
        { name: "scans/003.png", bytes: png },
        { name: "003.txt", bytes: new TextEncoder().encode(seedText(S003)) },
      ],
      { readerOptions: { ocr: { langPath: cut } } },
    );
    expect(plans.map((plan) => plan.plan.title)).toEqual([
      "Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024", // 003:2
    ]);
    const errors = issues.filter((issue) => issue.severity === "error");
    expect(errors.map((issue) => [issue.file, issue.code, issue.severity])).toEqual([
      ["scans/003.png", "ingest.ocr-data-truncated", "error"],
    ]);
    const params = { path: join(cut, "vie.traineddata.gz"), reason: "unexpected end of file" };
    expect(formatMessage(ioMessages, "ingest.ocr-data-truncated", params, "vi")).toBe(
      `Dữ liệu ngôn ngữ tiếng Việt của OCR ${params.path} bị cắt cụt hoặc hỏng, không giải nén hết được (chi tiết: unexpected end of file); hãy cài lại gói @tesseract.js-data/vie (pnpm install).`,
    );
  });
});

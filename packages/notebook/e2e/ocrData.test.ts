import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { damagedLanguageData, renderScan } from "@parcomms/ingest/testing";
import { describe, expect, it } from "vitest";
import { dropFiles } from "./_lib/dropFiles";
import { notebookSession } from "./_lib/notebookSession";
import { rendered } from "./_lib/openBrowser";

// sample-data's seeds, found through its public exports ("./seeds/*").
const seed = (file: string) =>
  readFileSync(createRequire(import.meta.url).resolve(`@parcomms/sample-data/seeds/${file}`), "utf8");

const session = notebookSession();

describe("OCR's language data spoiled, in the notebook, in Chromium", { timeout: 120_000 }, () => {
  it("names cut language data by its code before tesseract starts, and reads the plan dropped with the scan", async () => {
    const nb = await session.open("units=");
    const { page } = nb;
    await rendered(page);
    // The served vie.traineddata.gz replaced, for this page only, by the real one cut to a fifth.
    await page.context().route("**/documents/ocr/lang/vie.traineddata.gz", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/gzip",
        body: Buffer.from(damagedLanguageData("truncated")),
      }),
    );
    const text = seed("003_c2f82bd70c212939.txt");
    const scan = await renderScan(text.split("\n").slice(0, 2).join("\n"), { dpi: 200, format: "png" });
    await dropFiles(page, [
      { name: "gia-tan-scan.png", base64: Buffer.from(scan.bytes).toString("base64") },
      { name: "gia-tan.txt", base64: Buffer.from(text).toString("base64") },
    ]);
    const bar = page.getByRole("progressbar", { name: "Tiến độ đọc tệp" });
    await expect.poll(() => bar.getAttribute("aria-valuenow"), { timeout: 60_000, interval: 500 }).toBe("2");
    const problem = page.locator("#data .problems li[data-problem-file='gia-tan-scan.png']");
    await expect.poll(() => problem.count(), { timeout: 30_000 }).toBe(1);
    expect(await problem.textContent()).toContain("Dữ liệu ngôn ngữ tiếng Việt của OCR");
    expect(await problem.textContent()).toContain(
      "/documents/ocr/lang/vie.traineddata.gz bị cắt cụt hoặc hỏng",
    );
    // 003: xã Gia Tân, 2024, Kế hoạch số 13/KH-UBND (003:1-5), read from its text beside the failed scan
    const row = page.locator("#review tbody tr[data-file='gia-tan.txt'] td");
    expect((await row.allTextContents()).slice(0, 4)).toEqual(["Kế hoạch", "Gia Tân", "2024", "13/KH-UBND"]);
  });
});

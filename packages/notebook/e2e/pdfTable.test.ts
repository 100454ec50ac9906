import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { writePdf } from "@parcomms/ingest/testing";
import { describe, expect, it } from "vitest";
import { dropFiles } from "./_lib/dropFiles";
import { notebookSession } from "./_lib/notebookSession";
import { rendered } from "./_lib/openBrowser";

// sample-data's seeds, found through its public exports ("./seeds/*").
const seed = (file: string) =>
  readFileSync(createRequire(import.meta.url).resolve(`@parcomms/sample-data/seeds/${file}`), "utf8");

const session = notebookSession();

describe("a bordered two-column PDF table in the notebook, in Chromium", { timeout: 120_000 }, () => {
  it("reads the table by its ruling lines in pdf.js's browser worker: a row a line, wrapped cells joined", async () => {
    const nb = await session.open("units=");
    const { page } = nb;
    await rendered(page);
    // Seed 003's header and title (003:1-9), then its first two tasks and their times (003:294-297, 310-311, 315-319, 334-335)
    const row1 =
      "Tăng cường tuyên truyền, cập nhật các tin, bài về tình hình cải cách hành chính trong từng cơ quan, đơn vị, địa phương\tThường xuyên trong năm";
    const row2 =
      "Tuyên truyền tình hình giải quyết thủ tục hành chính tại Bộ phận tiếp nhận hồ sơ và trả kết quả theo cơ chế một cửa cấp huyện, cấp xã.\tThường xuyên trong năm";
    const head = seed("003_c2f82bd70c212939.txt").split("\n").slice(0, 9).join("\n");
    const bytes = await writePdf(
      `${head}\n\nPHỤ LỤC\nNội dung\tThời gian\n${row1}\n${row2}\n\nTrên đây là kế hoạch.`,
    );
    await dropFiles(page, [{ name: "gia-tan-phu-luc.pdf", base64: Buffer.from(bytes).toString("base64") }]);
    const bar = page.getByRole("progressbar", { name: "Tiến độ đọc tệp" });
    await expect.poll(() => bar.getAttribute("aria-valuenow"), { timeout: 60_000, interval: 500 }).toBe("1");
    await page.getByRole("button", { name: "Mở gia-tan-phu-luc.pdf" }).click();
    const detail = page.getByRole("region", { name: "Rà soát gia-tan-phu-luc.pdf" });
    // the review's code loads when the first review opens
    await detail.locator(".review-text .line").first().waitFor({ state: "attached" });
    const lines = (await detail.locator(".review-text .line").allTextContents()).map((l) =>
      l.replace(/^\d+/, "").trimEnd(),
    );
    expect(lines).toContain("Nội dung\tThời gian");
    expect(lines).toContain(row1);
    expect(lines).toContain(row2);
  });
});

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { writeDoc } from "@parcomms/ingest/testing";
import { describe, expect, it } from "vitest";
import { dropFiles } from "./_lib/dropFiles";
import { notebookSession } from "./_lib/notebookSession";
import { rendered } from "./_lib/openBrowser";

// sample-data's seeds, found through its public exports ("./seeds/*").
const seed = (file: string) =>
  readFileSync(createRequire(import.meta.url).resolve(`@parcomms/sample-data/seeds/${file}`), "utf8");

const session = notebookSession();

describe("a Word 97–2003 file in the notebook, in Chromium", { timeout: 120_000 }, () => {
  it("reads a .doc dropped on the notebook in its worker, offline, into the review queue", async () => {
    const nb = await session.open("units=");
    const { page } = nb;
    await rendered(page);
    // Seed 003 as a .doc with its appendix table as Word table rows, a page header, and compressed pieces
    const bytes = writeDoc(seed("003_c2f82bd70c212939.txt"), {
      tables: true,
      compressed: true,
      header: "Trang 1",
    });
    await dropFiles(page, [{ name: "gia-tan.doc", base64: Buffer.from(bytes).toString("base64") }]);
    const bar = page.getByRole("progressbar", { name: "Tiến độ đọc tệp" });
    await expect.poll(() => bar.getAttribute("aria-valuenow"), { timeout: 60_000, interval: 500 }).toBe("1");
    const row = page.locator("#review tbody tr[data-file='gia-tan.doc'] td");
    // 003: xã Gia Tân, 2024, Kế hoạch số 13/KH-UBND (003:1-5), read from the .doc in the browser
    expect((await row.allTextContents()).slice(0, 4)).toEqual(["Kế hoạch", "Gia Tân", "2024", "13/KH-UBND"]);
  });
});

import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { readPlanFilesAsync } from "@parcomms/ingest";
import { renderScan, writeOdt, writePdf } from "@parcomms/ingest/testing";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { dropFiles } from "./_lib/dropFiles";
import { notebookSession } from "./_lib/notebookSession";
import { rendered } from "./_lib/openBrowser";

// The review queue with a document's pages beside its draft, and browser OCR of a TIFF and an
// image-only PDF. Needs the notebook's build (`pnpm --filter ./packages/notebook build`).
const sampleData = createRequire(import.meta.url);
const seed = (file: string) =>
  readFileSync(sampleData.resolve(`@parcomms/sample-data/seeds/${file}`)).toString("utf8");
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
// The header and title of a plan: its first 14 lines (a single small page, as browser OCR takes seconds).
// How long a page may take to be drawn (pdf.js on the page's thread, or a TIFF decoded) on a busy machine.
const DRAWN = { timeout: 30_000 };
const header = (file: string) => seed(file).split("\n").slice(0, 14).join("\n");

/** A screenshot of one part of the page, for a person to look at (e2e/artifacts, not committed). */
async function shoot(page: Page, name: string, selector: string): Promise<void> {
  const folder = resolve(import.meta.dirname, "artifacts");
  mkdirSync(folder, { recursive: true });
  await page.locator(selector).screenshot({ path: resolve(folder, `${name}.png`) });
}

const session = notebookSession();

async function open(): Promise<Page> {
  const nb = await session.open("units=");
  await rendered(nb.page);
  return nb.page;
}

/** Waits until all `count` files have been read (the reading's progress bar says so). */
async function readAll(page: Page, count: number, timeout: number): Promise<void> {
  const bar = page.getByRole("progressbar", { name: "Tiến độ đọc tệp" });
  await expect
    .poll(() => bar.getAttribute("aria-valuetext"), { timeout, interval: 500 })
    .toBe(`Đã đọc xong ${count}/${count} tệp.`);
}

const cells = (page: Page, file: string) =>
  page.locator(`#review tbody tr[data-file='${file}'] td`).allTextContents();

/** The page image shown in a file's review, once drawn (or the problem shown instead): its alt text and whether it has pixels. */
async function pageImage(page: Page, file: string): Promise<{ alt: string; drawn: boolean }> {
  const pages = page.getByRole("region", { name: `Rà soát ${file}` }).locator(".review-pages");
  const state = () =>
    pages.evaluate((view) => {
      const image = view.querySelector("img");
      const problem = view.querySelector<HTMLElement>(".review-problem");
      return {
        alt: image?.alt ?? "",
        drawn: !!image?.complete && (image?.naturalWidth ?? 0) > 100 && (image?.naturalHeight ?? 0) > 100,
        problem: problem && !problem.hidden ? problem.textContent : "",
      };
    });
  await expect
    .poll(async () => {
      const s = await state();
      return s.drawn || s.problem !== "";
    }, DRAWN)
    .toBe(true);
  const { alt, drawn, problem } = await state();
  expect(problem).toBe("");
  return { alt, drawn };
}

describe("the review queue's pages in Chromium", { timeout: 300_000 }, () => {
  it("shows a text PDF's pages beside its draft: a field chosen brings its page into view, its lines marked", async () => {
    const page = await open();
    // Seed 003 as a word-processor PDF (several A4 pages), with page numbers.
    const pdf = await writePdf(seed("003_c2f82bd70c212939.txt"), { pageNumbers: "footer" });
    await dropFiles(page, [{ name: "gia-tan.pdf", base64: base64(pdf) }]);
    await readAll(page, 1, 60_000);
    // 003: xã Gia Tân, 2024, Kế hoạch số 13/KH-UBND (003:1-5), read from the text layer.
    await expect
      .poll(async () => (await cells(page, "gia-tan.pdf")).slice(0, 4))
      .toEqual(["Kế hoạch", "Gia Tân", "2024", "13/KH-UBND"]);
    await page.getByRole("button", { name: "Mở gia-tan.pdf" }).click();
    const detail = page.getByRole("region", { name: "Rà soát gia-tan.pdf" });
    const pages = detail.getByRole("region", { name: "Các trang của văn bản" });
    // Seed 003 set in 13 pt DejaVu Serif on A4 takes 14 pages.
    await expect.poll(() => pages.getAttribute("data-count"), DRAWN).toBe("14");
    const count = Number(await pages.getAttribute("data-count"));
    // One page drawn at a time, with its alt text.
    expect(await pageImage(page, "gia-tan.pdf")).toEqual({
      alt: `Trang 1/${count} của gia-tan.pdf`,
      drawn: true,
    });
    expect(await pages.locator("img").count()).toBe(1);
    // Keyboard: the page frame takes focus; → and End go forward, Home back.
    const frame = pages.getByRole("group", { name: "Các trang của văn bản" });
    await frame.focus();
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(() => pages.locator("img").getAttribute("alt"), DRAWN)
      .toBe(`Trang 2/${count} của gia-tan.pdf`);
    expect(await pages.locator(".page-position").textContent()).toBe(`Trang 2/${count}`);
    await page.keyboard.press("End");
    await expect
      .poll(() => pages.locator("img").getAttribute("alt"), DRAWN)
      .toBe(`Trang ${count}/${count} của gia-tan.pdf`);
    expect(await pages.getByRole("button", { name: "Trang sau" }).isDisabled()).toBe(true);
    // Choosing the title (003:2) brings page 1 back and marks its line(s) from the text layer.
    await detail.getByRole("textbox", { name: "Trích yếu (tên kế hoạch)" }).focus();
    await expect.poll(() => pages.getAttribute("data-page"), DRAWN).toBe("1");
    await expect.poll(() => pages.locator(".line-mark").count(), DRAWN).toBeGreaterThan(0);
    expect(await pages.locator(".page-where").textContent()).toMatch(
      /^Trích yếu \(tên kế hoạch\): trang 1, dòng \d+(, \d+)* của trang \(đánh dấu trên ảnh\)\.$/,
    );
    // The mark lies in the page's upper part, where the title stands, not over the whole page.
    const mark = await pages
      .locator(".line-mark")
      .first()
      .evaluate((m: HTMLElement) => ({
        top: Number.parseFloat(m.style.top),
        height: Number.parseFloat(m.style.height),
      }));
    expect(mark.top).toBeGreaterThan(5);
    expect(mark.top).toBeLessThan(50);
    expect(mark.height).toBeLessThan(10);
    await shoot(page, "17-review-pages", "#review .review-detail");
    // Choosing the number brings the page it was read on into view: the page ingest's origins give
    // for its line, read here in Node from the same bytes.
    const read = (await readPlanFilesAsync([{ name: "gia-tan.pdf", bytes: pdf }])).plans[0];
    const numberLine = read?.extraction?.elements.find((e) => e.path === "/number")?.lines.start ?? 0;
    const numberPage = read?.source.origins?.[numberLine - 1]?.page;
    expect(numberPage).toBeGreaterThan(1);
    await detail.getByRole("textbox", { name: "Số hiệu (15/KH-UBND)" }).focus();
    await expect.poll(() => pages.getAttribute("data-page"), DRAWN).toBe(String(numberPage));
    await expect
      .poll(() => pages.locator("img").getAttribute("alt"), DRAWN)
      .toBe(`Trang ${numberPage}/${count} của gia-tan.pdf`);
    await expect.poll(() => pages.locator(".line-mark").count(), DRAWN).toBeGreaterThan(0);
    expect(await pages.locator(".page-where").textContent()).toMatch(
      new RegExp(`^Số hiệu \\(15/KH-UBND\\): trang ${numberPage}, dòng \\d+`),
    );
    // The text read is still there, folded under the pages.
    expect(await detail.locator("details.review-text-read summary").textContent()).toBe("Văn bản đã đọc");
    // Accepting a field redraws the review around the same page view: its pages are not opened again.
    await pages.evaluate((view: HTMLElement) => {
      view.dataset.probe = "kept";
    });
    await detail.getByRole("button", { name: "Chấp nhận Trích yếu (tên kế hoạch)" }).click();
    await expect.poll(async () => (await cells(page, "gia-tan.pdf"))[7]).toBe("Cần rà soát (1/6)");
    expect(await page.locator("#review .review-pages[data-probe='kept']").count()).toBe(1);
    expect((await pageImage(page, "gia-tan.pdf")).drawn).toBe(true);
    // In English too.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Open gia-tan.pdf" }).click();
    const en = page.getByRole("region", { name: "Review of gia-tan.pdf" });
    await expect
      .poll(
        () => en.getByRole("region", { name: "The document's pages" }).locator("img").getAttribute("alt"),
        DRAWN,
      )
      .toBe(`Page 1 of ${count} of gia-tan.pdf`);
  });

  it("reads a TIFF scan, an image-only PDF and an .odt into the review queue, each scan beside its page", async () => {
    const page = await open();
    // The header of seed 003 (xã Gia Tân, 003:1-5) scanned as a TIFF; that of seed 000 (xã Sơn Mầu,
    // 000:4-7) as an image-only PDF; seed 002 (tỉnh Tây Ninh) as an OpenDocument text.
    const tiff = await renderScan(header("003_c2f82bd70c212939.txt"), {
      dpi: 300,
      rotate: 0.5,
      format: "tiff",
    });
    const scanPdf = await renderScan(header("000_34833a3694ee8a96.txt"), {
      dpi: 300,
      rotate: -1,
      noise: 0.1,
      format: "pdf",
    });
    const odt = writeOdt(seed("002_9c9d59d1a9d0f229.txt"));
    await dropFiles(page, [
      { name: "gia-tan-scan.tif", base64: base64(tiff.bytes) },
      { name: "son-mau-scan.pdf", base64: base64(scanPdf.bytes) },
      { name: "tay-ninh.odt", base64: base64(odt) },
    ]);
    await readAll(page, 3, 280_000);
    await expect
      .poll(async () => (await cells(page, "gia-tan-scan.tif")).slice(1, 3))
      .toEqual(["Gia Tân", "2024"]);
    expect((await cells(page, "son-mau-scan.pdf")).slice(1, 3)).toEqual(["Sơn Mầu", "2024"]);
    expect((await cells(page, "tay-ninh.odt")).slice(1, 3)).toEqual(["Tây Ninh", "2024"]);
    expect(await page.locator("#data .problems").textContent()).toBe("");

    // The TIFF: its page beside the draft; a field chosen marks the page (a scan has no line positions).
    await page.getByRole("button", { name: "Mở gia-tan-scan.tif" }).click();
    let detail = page.getByRole("region", { name: "Rà soát gia-tan-scan.tif" });
    expect(
      await detail.getByRole("textbox", { name: "Đơn vị (kèm loại: xã, phường, huyện, tỉnh…)" }).inputValue(),
    ).toBe("xã Gia Tân");
    expect(await pageImage(page, "gia-tan-scan.tif")).toEqual({
      alt: "Trang 1/1 của gia-tan-scan.tif",
      drawn: true,
    });
    await detail.getByRole("textbox", { name: "Trích yếu (tên kế hoạch)" }).focus();
    const tiffPages = detail.getByRole("region", { name: "Các trang của văn bản" });
    await expect
      .poll(() => tiffPages.locator(".page-where").textContent(), DRAWN)
      .toBe("Trích yếu (tên kế hoạch): trang 1 (trang này không có lớp chữ cho biết vị trí dòng).");
    expect(await tiffPages.locator(".page-sheet.marked").count()).toBe(1);
    await shoot(page, "18-review-scan-page", "#review .review-detail");

    // The image-only PDF, drawn by pdf.js from its page image.
    await page.getByRole("button", { name: "Mở son-mau-scan.pdf" }).click();
    detail = page.getByRole("region", { name: "Rà soát son-mau-scan.pdf" });
    expect(await pageImage(page, "son-mau-scan.pdf")).toEqual({
      alt: "Trang 1/1 của son-mau-scan.pdf",
      drawn: true,
    });

    // The .odt has no pages: its review keeps the text view, with seed 002's unit line.
    await page.getByRole("button", { name: "Mở tay-ninh.odt" }).click();
    detail = page.getByRole("region", { name: "Rà soát tay-ninh.odt" });
    expect(await detail.locator(".review-pages").count()).toBe(0);
    expect(await detail.locator(".review-text").textContent()).toContain("trên địa bàn tỉnh Tây Ninh");
  });
});

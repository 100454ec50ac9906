import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { documentTexts, renderScan, writeDocx, writePdf } from "@parcomms/ingest/testing";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { dropFiles } from "./_lib/dropFiles";
import { notebookSession } from "./_lib/notebookSession";
import { type NotebookPage, rendered } from "./_lib/openBrowser";
import { DIST } from "./_lib/serveDist";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");
// sample-data's files, found through its public exports ("./data/*", "./seeds/*").
const sampleData = createRequire(import.meta.url);
const PLAN_004 = sampleData.resolve("@parcomms/sample-data/data/plans/004_f3b844502d811123.json");
const SEED_002 = sampleData.resolve("@parcomms/sample-data/seeds/002_9c9d59d1a9d0f229.txt");
const seed = (file: string) => readFileSync(sampleData.resolve(`@parcomms/sample-data/seeds/${file}`));

const session = notebookSession();

async function open(fragment = ""): Promise<NotebookPage> {
  const nb = await session.open(fragment);
  await rendered(nb.page);
  return nb;
}

/** The comparison table's cells of one measure row, by the row's label. */
async function compareRow(page: Page, label: string): Promise<string[]> {
  return page
    .locator("#compare tbody tr", { has: page.locator("th", { hasText: label }) })
    .first()
    .locator("td")
    .allTextContents();
}

async function shoot(page: Page, name: string, selector?: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  if (selector) await page.locator(selector).screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
  else await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

describe("the notebook in Chromium", { timeout: 120_000 }, () => {
  it("shows real numbers for the five real plans on the first view", async () => {
    const { page } = await open();
    expect(await page.locator("h1").textContent()).toBe("Sổ phân tích kế hoạch tuyên truyền CCHC");
    const headings = await page.locator("#compare thead th").allTextContents();
    expect(headings.slice(1).map((h) => h.replace(/\s*\d{4}.*$/, ""))).toEqual([
      "xã Sơn Mầu",
      "thành phố Bắc Giang",
      "tỉnh Tây Ninh",
      "xã Gia Tân",
      "phường Trúc Lâm",
    ]);
    // Pieces of work, each once (planTasks): 003 has 26, the 18 bullets of its nine assignments VI.1-VI.9
    // (003:176-265) and the 8-row appendix (003:288-431); 004 has 15, the bullets of its five offices'
    // blocks (004:112-152), no task table.
    const activities = await compareRow(page, "Số nhiệm vụ");
    expect(activities[3]).toBe("26");
    expect(activities[4]).toBe("15");
    await expect.poll(() => page.locator("#heatmap svg").count()).toBeGreaterThan(0);
    for (const id of ["heatmap", "scorecard", "timeline", "workload", "cadence"])
      expect(await page.locator(`#chart-${id} .summary`).textContent()).not.toBe("");
    // The cadence calendar, section 8: 003:374 "Mỗi tháng 01 kỳ" is one issue of the radio column a
    // month; 001's weekly radio item 52 a year; 7 rows of frequencies and quotas in all.
    expect(await page.locator("#cadence h2").textContent()).toBe("8. Lịch sản phẩm dự kiến");
    const cadence = await page.locator("#chart-cadence .summary").textContent();
    expect(cadence).toContain(
      "Thành phố Bắc Giang (2024): 1 tần suất/chỉ tiêu, 52 sản phẩm dự kiến trong năm.",
    );
    expect(cadence).toContain("Xã Gia Tân (2024): 1 tần suất/chỉ tiêu, 12 sản phẩm dự kiến trong năm.");
    expect(await page.locator("#chart-cadence svg title").first().textContent()).toBe(
      "Lịch sản phẩm dự kiến theo tháng",
    );
    expect(
      await page
        .locator("#chart-cadence .export")
        .evaluateAll((b) => b.map((e) => e.getAttribute("data-export"))),
    ).toEqual(["csv", "json", "svg", "png"]);
    await page.locator("#chart-cadence .table-view summary").click();
    await expect.poll(() => page.locator("#chart-cadence .table-view tbody tr").count()).toBe(7);
    expect(await page.locator("#compliance h2").textContent()).toMatch(/^10\. /);
    await shoot(page, "01-first-view");
    await page.locator("#heatmap").scrollIntoViewIfNeeded();
    await shoot(page, "02-heatmap", "#heatmap");
    await shoot(page, "03-scorecard", "#scorecard");
    await shoot(page, "04-timeline", "#timeline");
    await shoot(page, "05-workload", "#workload");
    await shoot(page, "05-cadence", "#cadence");
    await shoot(page, "06-compare", "#compare");
  });

  it("redraws the charts for the units chosen", async () => {
    const { page } = await open();
    const before = await page.locator("#chart-heatmap .summary").textContent();
    expect(before).toContain("Sơn Mầu");
    const last = Number(await page.evaluate(() => document.body.dataset.rendered));
    await page.locator("#units .chips [data-plan='000_34833a3694ee8a96'] .chip-remove").click();
    await rendered(page, last);
    const after = await page.locator("#chart-heatmap .summary").textContent();
    expect(after).not.toContain("Sơn Mầu");
    expect(await page.locator("#compare thead th").count()).toBe(5); // measure + 4 plans
    expect(page.url()).toContain("units=001_ec564b67ad28c11a%2C002");
    // Searching without diacritics finds xã Sơn Mầu again (000:5).
    await page.locator("#unit-search").fill("son mau");
    await expect.poll(() => page.locator("#unit-list li").count()).toBe(1);
    await page.locator("#unit-list input").check();
    await expect.poll(() => page.locator("#chart-heatmap .summary").textContent()).toContain("Sơn Mầu");
  });

  it("names a bad file and its problem, and keeps everything else working", async () => {
    const { page } = await open();
    const dir = mkdtempSync(join(tmpdir(), "parcomms-"));
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    // A good file first: a broken one later must not lose it.
    await page.locator("#file-input").setInputFiles(PLAN_004);
    await expect.poll(() => page.locator("#data .files li[data-file]").count()).toBe(1);
    // A sparse file one byte over 50 MB.
    const tooLarge = file("qua-lon.jsonl", "");
    truncateSync(tooLarge, 50 * 1024 * 1024 + 1);
    await page
      .locator("#file-input")
      .setInputFiles([
        file("khong-phai-ke-hoach.json", '{"hello": 1}'),
        file("hong.json", "{ not json"),
        tooLarge,
      ]);
    const problems = page.locator("#data .problems");
    await expect.poll(() => problems.textContent()).toContain("qua-lon.jsonl");
    const text = (await problems.textContent()) ?? "";
    expect(text).toContain("hong.json");
    expect(text).toContain("khong-phai-ke-hoach.json");
    expect(text).toContain("Đây không phải một kế hoạch");
    expect(text).toContain("50 MB");
    expect(await page.locator("#data .files li[data-file='004_f3b844502d811123.json']").count()).toBe(1);
    // The five real plans are still compared, the charts still drawn.
    expect(await page.locator("#compare thead th").count()).toBe(6);
    expect(await page.locator("#heatmap svg").count()).toBeGreaterThan(0);
    await shoot(page, "07-bad-files", "#data");
  });

  it("adds a good file to the comparison, keeps it across a reload, and removes it", async () => {
    const nb = await open();
    const { page } = nb;
    await page
      .locator("#file-input")
      .setInputFiles([
        { name: "truc-lam.json", mimeType: "application/json", buffer: readFileSync(PLAN_004) },
      ]);
    await expect.poll(() => page.locator("#data .files li[data-file='truc-lam.json']").count()).toBe(1);
    // Its id collides with the real 004, so it is kept apart under a new id; choose it.
    const own = page.locator("#unit-list li", { has: page.locator(".badge.own") }).locator("input");
    await own.check();
    await expect.poll(() => page.locator("#compare thead th").count()).toBe(7);
    const url = page.url();
    await page.reload();
    await rendered(page);
    await expect.poll(() => page.locator("#data .files li[data-file='truc-lam.json']").count()).toBe(1);
    await expect.poll(() => page.locator("#compare thead th").count()).toBe(7);
    expect(page.url()).toBe(url);
    await page.getByRole("button", { name: "Xóa tệp truc-lam.json" }).click();
    await expect.poll(() => page.locator("#data .files li[data-file]").count()).toBe(0);
    await expect.poll(() => page.locator("#compare thead th").count()).toBe(6);
  });

  it("reads a set of Parquet tables, the researchers' format, into the comparison", async () => {
    const { page } = await open();
    const folder = dirname(sampleData.resolve("@parcomms/sample-data/data/parquet/plans.parquet"));
    const files = readdirSync(folder).map((name) => ({
      name,
      mimeType: "application/vnd.apache.parquet",
      buffer: readFileSync(join(folder, name)),
    }));
    // The 1.1 set adds the subtasks, escalation and tasks tables to the twelve of 1.0.
    expect(files).toHaveLength(15);
    await page.locator("#file-input").setInputFiles(files);
    // The five real plans come back from their tables, kept apart from the built-in ones under new ids.
    await expect.poll(() => page.locator("#unit-list li .badge.own").count(), { timeout: 30_000 }).toBe(5);
    expect(await page.locator("#data .problems").textContent()).toBe("");
    // Listed and removed as one: the set under its plans table.
    const set = page.locator("#data .files li[data-file='plans.parquet']");
    expect(await set.locator(".hint").allTextContents()).toEqual([
      "và các bảng cùng bộ (15 tệp)",
      "5 kế hoạch",
    ]);
    await page.getByRole("button", { name: "Xóa tệp plans.parquet" }).click();
    await expect.poll(() => page.locator("#unit-list li .badge.own").count()).toBe(0);
  });

  it("switches the whole interface to English and back", async () => {
    const { page } = await open();
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("CCHC communication plans notebook");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expect.poll(() => compareRow(page, "Activities")).toEqual(expect.arrayContaining(["26", "15"]));
    expect(await page.locator("#data h2").textContent()).toBe("1. Data");
    expect(await page.locator("#cadence h2").textContent()).toBe("8. Calendar of expected outputs");
    await expect
      .poll(() => page.locator("#chart-cadence .summary").textContent())
      .toContain(
        "Gia Tân rural commune (2024): frequencies and quotas: 1; expected outputs in the year: 12.",
      );
    expect(page.url()).toContain("lang=en");
    await shoot(page, "08-english");
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect.poll(() => page.locator("#data h2").textContent()).toBe("1. Dữ liệu");
  });

  it("exports a table as CSV and a chart as SVG with the expected content", async () => {
    const { page } = await open();
    const csvDownload = page.waitForEvent("download");
    await page.locator("#compare .export[data-export='csv']").click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe("so-sanh-vi.csv");
    const text = readFileSync((await csv.path()) ?? "", "utf8");
    expect(text.split("\r\n")[0]).toMatch(/^\uFEFFChỉ số,xã Sơn Mầu/);
    expect(text).toMatch(/Số nhiệm vụ,18,23,23,26,15\r\n/);
    const svgDownload = page.waitForEvent("download");
    await page.locator("#chart-heatmap .export[data-export='svg']").click();
    const svg = readFileSync((await (await svgDownload).path()) ?? "", "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Gia Tân");
    const pngDownload = page.waitForEvent("download");
    await page.locator("#chart-timeline .export[data-export='png']").click();
    const png = readFileSync((await (await pngDownload).path()) ?? "");
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
  });

  it("opens one plan with its issues linked to fields and to the highlighted source lines", async () => {
    const { page } = await open("plan=003_c2f82bd70c212939");
    await page.locator("#plan").scrollIntoViewIfNeeded();
    const issue = page.locator("#plan .issue[data-code='activity.timeframe-outside-period']");
    await expect.poll(() => issue.count()).toBe(1);
    await issue.getByRole("button", { name: /Dòng gốc/ }).click();
    // 003:430 "Quý IV/2023" in the appendix of a 2024 plan.
    await expect.poll(() => page.locator("#plan pre.source .hl[data-line='430']").count()).toBe(1);
    await issue.getByRole("button", { name: /Tới trường/ }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-path")))
      .toBe("/activities/16/timeframe");
    await shoot(page, "09-plan", "#plan");
  });

  it("shows the plan's escalation and its items' headings, each linked to the source lines", async () => {
    const { page } = await open("plan=003_c2f82bd70c212939");
    await page.locator("#plan").scrollIntoViewIfNeeded();
    // 003:268-272 "nếu có khó khăn, vướng mắc, đề nghị phản ánh về công chức Văn phòng Đảng ủy - Nội vụ …".
    const escalation = page.locator("#plan ul.plan-escalation li");
    await expect.poll(() => escalation.count()).toBe(1);
    expect(await escalation.locator(".msg").textContent()).toMatch(
      /^“nếu có khó khăn, vướng mắc”: .* báo cáo Ủy ban nhân dân xã, qua công chức Văn phòng Đảng ủy - Nội vụ/,
    );
    await escalation.getByRole("button", { name: /Dòng gốc 268–272/ }).click();
    await expect.poll(() => page.locator("#plan pre.source .hl").count()).toBe(5);
    // 003:124 "b. Công khai các thủ tục hành chính ở Ủy ban nhân dân xã:", a forms item's heading.
    const forms = page.locator("#plan .plan-items.forms tbody tr", {
      has: page.locator("th", { hasText: /^b$/ }),
    });
    expect(await forms.locator("td").first().textContent()).toBe(
      "Công khai các thủ tục hành chính ở Ủy ban nhân dân xã",
    );
    await forms.getByRole("button").click();
    await expect.poll(() => page.locator("#plan pre.source .hl[data-line='124']").count()).toBe(1);
    // 000 states no escalation (its closing lines name no one to tell of problems), and says so; in English too.
    const english = (await open("plan=000_34833a3694ee8a96&lang=en")).page;
    await english.locator("#plan").scrollIntoViewIfNeeded();
    await expect
      .poll(() => english.locator("#plan p.plan-escalation").textContent())
      .toBe("The plan does not say whom to tell when problems arise.");
    await expect.poll(() => english.locator("#plan h4", { hasText: /^Content items/ }).count()).toBe(1);
  });

  it("reaches every control with the keyboard alone", async () => {
    const { page } = await open("plan=004_f3b844502d811123");
    // Draw the lazy sections (completeness, the plan view) too, then start from the top.
    await page.locator("#plan").scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator("#plan .plan-view").count()).toBe(1);
    await expect.poll(() => page.locator("#completeness table").count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    const controls = await page.evaluate(() => {
      const all = Array.from(
        document.querySelectorAll<HTMLElement>("button, input, select, summary, a[href], [tabindex='0']"),
      );
      for (const [i, el] of all.entries()) el.setAttribute("data-kb", String(i));
      return all
        .filter((el) => !(el as HTMLInputElement).disabled && el.getAttribute("tabindex") !== "-1")
        .filter((el) => el.getClientRects().length > 0 && !el.closest("details:not([open]) > :not(summary)"))
        .map((el) => el.getAttribute("data-kb"));
    });
    // Tab through the whole page once, until focus comes back to the first control.
    const reached = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      await page.keyboard.press("Tab");
      const kb = await page.evaluate(() => document.activeElement?.getAttribute("data-kb") ?? "");
      if (kb && reached.has(kb) && reached.size > 10) break;
      if (kb) reached.add(kb);
    }
    expect(controls.filter((c) => c !== null && !reached.has(c))).toEqual([]);
    // Focus is visible: the focused control has an outline.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe("none");
  });

  it("shows the activities behind a heatmap cell on hover and on keyboard focus", async () => {
    const { page } = await open("units=003_c2f82bd70c212939");
    const note = page.locator("#hover-heatmap");
    // Each chart title shows once: drawn in the chart, not repeated above it.
    expect(await page.locator("#heatmap h3").count()).toBe(0);
    // The second bullet of 003 VI.1 (003:181-186) is the one task on administrative procedures; it names
    // no medium, so it lies in the "(Chưa gắn hình thức)" column, named by its block's title and its place.
    const cell = page.locator("#chart-heatmap rect", {
      has: page.locator("title", { hasText: "Cải cách thủ tục hành chính × (Chưa gắn hình thức)" }),
    });
    await cell.first().hover();
    await expect
      .poll(() => note.textContent())
      .toContain("Tuyên truyền cải cách hành chính trên Cổng Thông tin điện tử xã · 2");
    expect(await note.textContent()).toContain("Cải cách thủ tục hành chính × (Chưa gắn hình thức)");
    await shoot(page, "11-hover");
    // The keyboard: Tab to the chart, then the arrow keys move between the cells that have activities.
    await page.locator("#chart-timeline .chart-canvas").focus();
    await page.keyboard.press("End");
    // The last timeline cell of 003 is the task outside the period, appendix row 8 (003:418-430).
    await expect
      .poll(() => page.locator("#hover-timeline li").allTextContents())
      .toEqual(["Tổ chức các lớp bồi dưỡng nghiệp vụ công tác CCHC"]);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.locator("#hover-timeline").textContent()).toContain("Không định thời gian");
  });

  it("places the heatmap's hint where it covers none of the chart's labels", async () => {
    const { page } = await open();
    const canvas = page.locator("#chart-heatmap .chart-canvas");
    await expect.poll(() => canvas.locator("svg").count()).toBe(1);
    // The chart's top at the top of the screen: the first row of facets and its column labels in view.
    await canvas.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.waitForTimeout(100);
    await shoot(page, "14-heatmap-hint");
    const overlaps = await page.evaluate(() => {
      const hint = document.getElementById("hover-heatmap")?.getBoundingClientRect();
      if (!hint) return ["no hint"];
      const texts = Array.from(document.querySelectorAll("#chart-heatmap svg text"));
      return texts
        .filter((text) => {
          const box = text.getBoundingClientRect();
          return (
            box.width > 0 &&
            box.left < hint.right &&
            hint.left < box.right &&
            box.top < hint.bottom &&
            hint.top < box.bottom
          );
        })
        .map((text) => text.textContent ?? "");
    });
    expect(overlaps).toEqual([]);
    // It sits above the chart, next to the first row, and keeps its size when it names activities,
    // so the cells never move under the pointer.
    const hint = page.locator("#hover-heatmap");
    const before = await hint.boundingBox();
    await page
      .locator("#chart-heatmap rect")
      .filter({ has: page.locator("title") })
      .first()
      .hover();
    await expect.poll(() => hint.textContent()).toContain("Cải cách thủ tục hành chính");
    const after = await hint.boundingBox();
    const chart = await canvas.boundingBox();
    expect(after?.height).toBe(before?.height);
    expect((after?.y ?? 0) + (after?.height ?? 0)).toBeLessThanOrEqual(chart?.y ?? 0);
  });

  it("summarises the heatmap and the scorecard as a list a reader can scan, in both languages", async () => {
    const { page } = await open();
    const units = (chart: string) => page.locator(`#chart-${chart} .summary > ul > li`);
    await expect.poll(() => units("heatmap").count()).toBe(5);
    expect(await page.locator("#chart-heatmap .summary-lead").textContent()).toBe(
      "Độ phủ chủ đề và hình thức, từng đơn vị (5):",
    );
    // 000 names 22 top-level themes, steering among them (R4, 000:31).
    expect(await units("heatmap").first().textContent()).toMatch(/^Xã Sơn Mầu: hoạt động phủ 4\/22 chủ đề/);
    await page.locator("#scorecard").scrollIntoViewIfNeeded();
    await expect.poll(() => units("scorecard").count()).toBe(5);
    // xã Gia Tân (003): 22 of 28 themes, its 6 gaps one per line.
    const giaTan = units("scorecard").nth(3);
    expect(await giaTan.locator("li").count()).toBe(6);
    await shoot(page, "15-summaries", "#scorecard");
    // The same data as a table, built when opened: 5 units × 28 themes.
    await page.locator("#chart-scorecard .table-view summary").click();
    await expect.poll(() => page.locator("#chart-scorecard .table-view tbody tr").count()).toBe(140);
    await page.getByRole("button", { name: "English" }).click();
    await expect
      .poll(() => page.locator("#chart-scorecard .summary-lead").textContent())
      .toBe("Themes covered and gaps, unit by unit (5):");
    await expect
      .poll(() => units("scorecard").nth(3).locator("li").first().textContent())
      .toBe("Why reform matters");
  });

  it("reads a plan file dropped on the drop zone", async () => {
    const { page } = await open();
    const text = readFileSync(PLAN_004, "utf8");
    await page.evaluate((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], "tha-vao.json", { type: "application/json" }));
      const zone = document.getElementById("dropzone");
      zone?.dispatchEvent(
        new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      zone?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await expect.poll(() => page.locator("#data .files li[data-file='tha-vao.json']").count()).toBe(1);
    expect(await page.locator("#data .files li[data-file='tha-vao.json']").textContent()).toContain(
      "1 kế hoạch",
    );
    expect(await page.locator("#data .problems").textContent()).toBe("");
  });

  it("reads a plan's text into a draft marked for review, and compares it", async () => {
    const { page } = await open("units=");
    await page.locator("#file-input").setInputFiles(SEED_002);
    const file = page.locator("#data .files li[data-file='002_9c9d59d1a9d0f229.txt']");
    await expect.poll(() => file.count(), { timeout: 30_000 }).toBe(1);
    expect(await file.locator(".badge.draft").textContent()).toBe("BẢN NHÁP TỪ VĂN BẢN — CẦN RÀ SOÁT");
    // 002:1-12: the plan of the provincial People's Committee of Tây Ninh.
    const own = page.locator("#unit-list li", { has: page.locator(".badge.draft") });
    expect(await own.count()).toBe(1);
    await own.locator("input").check();
    await expect
      .poll(() => page.locator("#compare thead th").allTextContents())
      .toEqual(["Chỉ số", expect.stringMatching(/Tây Ninh.*\(bản nháp\)/)]);
    expect(await page.locator("#units .chips .badge.draft").count()).toBe(1);
    await shoot(page, "12-text-draft", "#data");
    await shoot(page, "13-text-draft-compare", "#compare");
  });

  it("reads three documents dropped at once, queues them for review, and compares the corrected year", async () => {
    const { page } = await open("units=");
    // Two seed texts and seed 002 as a Word document, dropped together on the drop zone.
    const files = [
      { name: "gia-tan.txt", base64: seed("003_c2f82bd70c212939.txt").toString("base64") },
      { name: "son-mau.txt", base64: seed("000_34833a3694ee8a96.txt").toString("base64") },
      {
        name: "tay-ninh.docx",
        base64: Buffer.from(writeDocx(seed("002_9c9d59d1a9d0f229.txt").toString("utf8"))).toString("base64"),
      },
    ];
    await dropFiles(page, files);
    const bar = page.getByRole("progressbar", { name: "Tiến độ đọc tệp" });
    await expect.poll(() => bar.getAttribute("aria-valuenow"), { timeout: 30_000 }).toBe("3");
    expect(await bar.getAttribute("aria-valuemax")).toBe("3");
    expect(await bar.getAttribute("aria-valuetext")).toBe("Đã đọc xong 3/3 tệp.");
    expect(await page.getByRole("button", { name: "Hủy đọc tệp" }).isHidden()).toBe(true);
    // The PDF and OCR readers' files are served with the notebook, never fetched from elsewhere.
    const assets = await page.evaluate(() =>
      Promise.all(
        [
          "documents/pdf/pdf.worker.min.mjs",
          "documents/ocr/worker.min.js",
          "documents/ocr/tesseract-core-simd-lstm.wasm.js",
          "documents/ocr/lang/vie.traineddata.gz",
        ].map(async (path) => {
          const response = await fetch(new URL(path, document.baseURI));
          return [path, response.status, (await response.arrayBuffer()).byteLength > 100_000];
        }),
      ),
    );
    expect(assets.every(([, status, large]) => status === 200 && large)).toBe(true);
    // One row a document: 003 xã Gia Tân 2024 (003:2), 000 xã Sơn Mầu (000:4-7), 002 tỉnh Tây Ninh.
    const rows = page.locator("#review tbody tr");
    await expect.poll(() => rows.count()).toBe(3);
    const cells = async (file: string) =>
      page.locator(`#review tbody tr[data-file='${file}'] td`).allTextContents();
    expect((await cells("gia-tan.txt")).slice(0, 4)).toEqual(["Kế hoạch", "Gia Tân", "2024", "13/KH-UBND"]);
    expect((await cells("son-mau.txt")).slice(1, 3)).toEqual(["Sơn Mầu", "2024"]);
    expect((await cells("tay-ninh.docx")).slice(1, 3)).toEqual(["Tây Ninh", "2024"]);
    // Sorted by confidence, least sure first: 002's unit is read at 0.7 (002:4).
    await page.getByRole("button", { name: "Sắp xếp theo độ tin cậy, thấp trước" }).click();
    expect(await rows.first().getAttribute("data-file")).toBe("tay-ninh.docx");
    // Compare xã Gia Tân's draft: its column says 2024.
    // The draft's id comes from its file's name.
    await page.locator("#unit-list input[data-plan='gia-tan']").check();
    await expect
      .poll(() => page.locator("#compare thead th").allTextContents())
      .toEqual(["Chỉ số", expect.stringMatching(/Gia Tân.*2024/)]);
    // Open its review: the draft's fields beside the text, line numbers, the title's line highlighted.
    await page.getByRole("button", { name: "Mở gia-tan.txt" }).click();
    const detail = page.getByRole("region", { name: "Rà soát gia-tan.txt" });
    expect(await detail.getByRole("textbox", { name: "Năm (kỳ kế hoạch)" }).inputValue()).toBe("2024");
    await detail.getByRole("textbox", { name: "Trích yếu (tên kế hoạch)" }).focus();
    expect(await detail.locator(".review-text .line.hl").allTextContents()).toEqual([
      "2Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024\n",
    ]);
    // A year that is not one is refused with its message; 2025 is taken.
    await detail.getByRole("textbox", { name: "Năm (kỳ kế hoạch)" }).fill("năm ngoái");
    await detail.getByRole("button", { name: "Lưu giá trị sửa của Năm (kỳ kế hoạch)" }).click();
    await expect
      .poll(() => page.locator("#review .review-problem").textContent())
      .toContain("không phải một năm");
    await page.locator("#review").getByRole("textbox", { name: "Năm (kỳ kế hoạch)" }).fill("2025");
    await page
      .locator("#review")
      .getByRole("button", { name: "Lưu giá trị sửa của Năm (kỳ kế hoạch)" })
      .click();
    await expect.poll(async () => (await cells("gia-tan.txt"))[2]).toBe("2025");
    expect((await cells("gia-tan.txt"))[7]).toBe("Cần rà soát (1/6)");
    // The comparison now uses the corrected plan.
    await expect
      .poll(() => page.locator("#compare thead th").allTextContents())
      .toEqual(["Chỉ số", expect.stringMatching(/Gia Tân.*2025/)]);
    // Accepting the other fields marks it reviewed; the filter then hides it.
    await page.locator("#review").getByRole("button", { name: "Chấp nhận tất cả" }).click();
    await expect.poll(async () => (await cells("gia-tan.txt"))[7]).toBe("Đã rà soát");
    await page.getByLabel("Chỉ hiện tệp cần rà soát").check();
    await expect.poll(() => rows.count()).toBe(2);
    await shoot(page, "16-review-queue", "#data");
  });

  it("reads a PDF with a text layer and a scanned page offline, in the browser, into the review queue", async () => {
    const { page } = await open("units=");
    const requests: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith("http://127.0.0.1") && !request.url().startsWith("http://localhost"))
        requests.push(request.url());
    });
    // Seed 003 as a word-processor PDF; the first 14 lines of seed 000 (its header and title) printed,
    // stamped and scanned at 300 dpi, skewed by 1°, as a PNG.
    const header000 = seed("000_34833a3694ee8a96.txt").toString("utf8").split("\n").slice(0, 14).join("\n");
    const scan = await renderScan(header000, { dpi: 300, rotate: 1, noise: 0.1, stamp: true, format: "png" });
    const files = [
      {
        name: "gia-tan.pdf",
        base64: Buffer.from(await writePdf(seed("003_c2f82bd70c212939.txt").toString("utf8"))).toString(
          "base64",
        ),
      },
      { name: "son-mau-scan.png", base64: Buffer.from(scan.bytes).toString("base64") },
    ];
    await dropFiles(page, files);
    const bar = page.getByRole("progressbar", { name: "Tiến độ đọc tệp" });
    await expect
      .poll(() => bar.getAttribute("aria-valuenow"), { timeout: 240_000, interval: 1000 })
      .toBe("2");
    const cells = async (file: string) =>
      page.locator(`#review tbody tr[data-file='${file}'] td`).allTextContents();
    // 003: xã Gia Tân, 2024, Kế hoạch số 13/KH-UBND (003:1-5), read from the PDF's text layer.
    expect((await cells("gia-tan.pdf")).slice(0, 4)).toEqual(["Kế hoạch", "Gia Tân", "2024", "13/KH-UBND"]);
    // 000: xã Sơn Mầu (000:4-7), read by OCR from the scan.
    expect((await cells("son-mau-scan.png"))[1]).toBe("Sơn Mầu");
    expect(requests).toEqual([]);
  });

  it("lists a news item about a plan with the plan it names, and adds nothing to compare", async () => {
    const { page } = await open("units=");
    const dir = mkdtempSync(join(tmpdir(), "parcomms-news-"));
    const news = join(dir, "tin-bai.txt");
    writeFileSync(news, documentTexts.aboutPlan);
    await page.locator("#file-input").setInputFiles(news);
    const file = page.locator("#data .files li[data-file='tin-bai.txt']");
    await expect.poll(() => file.count(), { timeout: 30_000 }).toBe(1);
    expect(await file.locator(".badge.kind").textContent()).toBe("Văn bản nói về kế hoạch");
    // "Ngày 12/3/2025, Ủy ban nhân dân huyện Định Quán ban hành Kế hoạch số 45/KH-UBND …"
    expect(await file.locator("li.mention").allTextContents()).toEqual([
      expect.stringMatching(/^Kế hoạch số 45\/KH-UBND ngày 12\/03\/2025 của .*Định Quán/),
    ]);
    expect(await file.locator(".badge.draft").count()).toBe(0);
    expect(await page.locator("#unit-list li", { has: page.locator(".badge.draft") }).count()).toBe(0);
    expect(await page.locator("#data .problems").textContent()).toBe("");
  });

  it("marks the synthetic dataset as synthetic wherever it shows", async () => {
    const { page } = await open("data=syn2&units=");
    // The list grows batch by batch while the worker generates: wait until the dataset says it is
    // ready (3,355 plans) and the picker has dropped its progress note, then count the list's items
    // and their badges in one read of the page, so no batch can land between the two counts.
    await expect
      .poll(() => page.locator("#ds-syn2-hint").textContent(), { timeout: 60_000 })
      .toMatch(/^3\.355 kế hoạch sẵn sàng/);
    await expect.poll(() => page.locator("#units .loading-note").isHidden()).toBe(true);
    const counts = () =>
      page.evaluate(() => ({
        items: document.querySelectorAll("#unit-list li").length,
        synthetic: document.querySelectorAll("#unit-list li .badge.synthetic").length,
        badges: document.querySelectorAll("#unit-list .badge").length,
      }));
    // the picker shows its first 150 units; each has one badge, and it is the synthetic one
    expect(await counts()).toEqual({ items: 150, synthetic: 150, badges: 150 });
    expect(await page.locator("#data .synthetic-banner").isVisible()).toBe(true);
    await page.locator("#unit-level").selectOption("province");
    await page.locator("#unit-list input").first().check();
    await expect.poll(() => page.locator("#chart-heatmap .summary").count()).toBe(1);
    expect(await page.locator("#units .chips .badge.synthetic").count()).toBe(1);
    await shoot(page, "10-synthetic");
    // The real plans load only when their dataset is opened, and then join the picker.
    await page.locator("#unit-level").selectOption("commune");
    await page.locator("#unit-search").fill("son mau");
    expect(await page.locator("#unit-list .badge.real").count()).toBe(0);
    await page.locator("#ds-real").check();
    await expect.poll(() => page.locator("#unit-list li", { hasText: "xã Sơn Mầu" }).count()).toBe(1);
  });

  it("loads no real plans and no two-tier list in a three-tier synthetic view, and less than 300 KB of gzipped JavaScript", async () => {
    const nb = await session.open("data=syn3&units=syn-42-3t-2024-48");
    const files = new Set<string>();
    nb.page.on("response", (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith(".js")) files.add(path.slice(path.lastIndexOf("/assets/") + 1));
    });
    await nb.page.reload();
    await rendered(nb.page);
    await nb.page.waitForTimeout(300);
    const gzipped = [...files].reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length,
      0,
    );
    expect(files.size).toBeGreaterThan(5); // the entry, the app, the worker and shared chunks
    expect([...files].filter((f) => f.includes("realPlans"))).toEqual([]);
    // The worker loads the three-tier list alone: no two-tier list, no successor table.
    expect([...files].filter((f) => /units-three-tier-/.test(f))).toHaveLength(1);
    expect([...files].filter((f) => /units-two-tier-|successors-2025-/.test(f))).toEqual([]);
    // 407 KB before the real plans had a chunk of their own, 361 KB before the unit lists had a chunk
    // per era (see docs/benchmarks.md).
    expect(Math.round(gzipped / 1024)).toBeLessThan(300);
  });

  it("draws the chosen synthetic units first, then grows the unit list to the whole country", async () => {
    // syn-42-3t-2024-48 is thành phố Đà Nẵng (GSO 48); its province is generated first.
    const { page } = await open("data=syn3&units=syn-42-3t-2024-48");
    await expect
      .poll(() => page.locator("#chart-heatmap .summary").textContent(), { timeout: 60_000 })
      .toContain("Đà Nẵng");
    expect(page.url()).toContain("units=syn-42-3t-2024-48");
    // The rest arrives in the background; the picker says so until it is done.
    await expect
      .poll(() => page.locator("#ds-syn3-hint").textContent(), { timeout: 90_000 })
      .toContain("10.794 kế hoạch sẵn sàng");
    await expect.poll(() => page.locator("#units .loading-note").isHidden()).toBe(true);
    expect(await page.locator("#units .count").textContent()).toContain("10.794 đơn vị khớp");
    expect(await page.locator("#units .chips [data-plan='syn-42-3t-2024-48']").count()).toBe(1);
  });
});

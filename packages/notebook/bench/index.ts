/**
 * bench:notebook — the notebook's speed in headless Chromium, on its build
 * (`dist/`): time from navigation to the first chart, time to update after
 * changing the chosen units, and gzipped size of the JavaScript the first view
 * loads. Run with `pnpm bench:notebook` (builds first).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launch, openNotebook } from "../e2e/_lib/openBrowser";
import { DIST, serveDist } from "../e2e/_lib/serveDist";

const server = await serveDist();
const browser = await launch();

async function firstChart(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => Number(document.body.dataset.firstChartMs ?? 0) || false,
    null,
    {
      timeout: 120_000,
      polling: 50,
    },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Median times (ms) from a click on a unit's checkbox to the end of the notebook's update of the
 * sections on screen (`data-updated`) and of every drawn section (`data-rendered`), over `n` clicks.
 */
async function updates(page: Page, n = 7): Promise<{ visible: number; all: number; sections: string }> {
  const visible: number[] = [];
  const all: number[] = [];
  let sections = "";
  for (let i = 0; i < n; i++) {
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    const [v, a, s] = (await page.evaluate(`(async () => {
      const box = document.querySelector("#unit-list input");
      if (!box) throw new Error("no unit in the list");
      const updated = document.body.dataset.updated;
      const rendered = document.body.dataset.rendered;
      const start = performance.now();
      box.click();
      let visible = 0;
      await new Promise((done) => {
        const check = () => {
          if (!visible && document.body.dataset.updated !== updated) visible = performance.now() - start;
          if (document.body.dataset.rendered !== rendered) done();
          else requestAnimationFrame(check);
        };
        check();
      });
      return [Number(document.body.dataset.updateMs) || visible, performance.now() - start, document.body.dataset.sectionMs];
    })()`)) as [number, number, string];
    visible.push(v);
    all.push(a);
    sections = s;
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return { visible: median(visible), all: median(all), sections };
}

async function scripts(fragment: string): Promise<{ files: string[]; gzip: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set<string>();
  page.on("response", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".js")) files.add(path.slice(1));
  });
  await page.goto(`${server.url}#${fragment}`);
  await firstChart(page);
  await page.waitForTimeout(500);
  await context.close();
  const gzip = [...files].reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length,
    0,
  );
  return { files: [...files], gzip };
}

const rows: [string, string, string, string][] = [];
const details: string[] = [];

// The five real plans (the default first view).
{
  const { page, context } = await openNotebook(browser, server.url);
  const first = await firstChart(page);
  const update = await updates(page);
  await context.close();
  const js = await scripts("");
  details.push(`5 real plans, last update per section (ms): ${update.sections}`);
  rows.push([
    "5 real plans",
    `${first} ms`,
    `${update.visible.toFixed(0)} ms (all sections ${update.all.toFixed(0)} ms)`,
    `${(js.gzip / 1024).toFixed(0)} KB (${js.files.length} files)`,
  ]);
}

// The national three-tier synthetic dataset (10,794 plans), five units chosen.
{
  const ids = ["24", "213", "07210", "51", "530"].map((c) => `syn-42-3t-2024-${c}`).join(",");
  const fragment = `data=syn3&units=${encodeURIComponent(ids)}`;
  const { page, context } = await openNotebook(browser, server.url, fragment);
  const first = await firstChart(page);
  const firstPlans = await page.evaluate(() => document.querySelector("#units .count")?.textContent ?? "");
  // The rest of the country is generated in the background: wait for it, then measure updates.
  const ready = await page.waitForFunction(
    () => /sẵn sàng/.test(document.querySelector("#ds-syn3-hint")?.textContent ?? "") && performance.now(),
    null,
    { timeout: 120_000, polling: 100 },
  );
  const allReady = Math.round((await ready.jsonValue()) as number);
  const generated = await page.evaluate(() => document.querySelector("#ds-syn3-hint")?.textContent ?? "");
  const planCount = /[\d.]+/.exec(generated)?.[0] ?? "?";
  await page.locator("#unit-province").selectOption({ label: "tỉnh Bắc Giang" });
  const update = await updates(page);
  details.push(
    `synthetic: at the first chart, "${firstPlans}"; whole dataset ready at ${allReady} ms; last update per section (ms): ${update.sections}`,
  );
  await context.close();
  const js = await scripts(fragment);
  rows.push([
    `national synthetic, three-tier (${planCount.replaceAll(".", ",")} plans)`,
    `${first} ms`,
    `${update.visible.toFixed(0)} ms (all sections ${update.all.toFixed(0)} ms)`,
    `${(js.gzip / 1024).toFixed(0)} KB (${js.files.length} files, worker included)`,
  ]);
}

await browser.close();
await server.close();

const header = [
  "data",
  "navigation → first chart",
  "update after changing units: sections on screen (median of 7)",
  "gzipped JS loaded",
];
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
for (const line of details) console.log(`\n${line}`);

import { writeFileSync } from "node:fs";
import { launch, openNotebook } from "../e2e/_lib/openBrowser";
import { serveDist } from "../e2e/_lib/serveDist";

const server = await serveDist();
const browser = await launch();
const synthetic = process.argv[2] === "syn";
const ids = ["24", "213", "07210", "51", "530"].map((c) => `syn-42-3t-2024-${c}`).join(",");
const fragment = synthetic ? `data=syn3&units=${encodeURIComponent(ids)}` : "";
const { page, context } = await openNotebook(browser, server.url, fragment);
await page.waitForFunction(() => Number(document.body.dataset.rendered ?? 0) > 0, null, { timeout: 120_000 });
if (synthetic) {
  await page.waitForFunction(
    () => /sẵn sàng/.test(document.querySelector("#ds-syn3-hint")?.textContent ?? ""),
    null,
    { timeout: 120_000 },
  );
  await page.locator("#unit-province").selectOption({ label: "tỉnh Bắc Giang" });
  await page.waitForTimeout(1000);
}
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
const times: number[] = [];
for (let i = 0; i < 7; i++) {
  const ms = (await page.evaluate(`(async () => {
    const box = document.querySelector("#unit-list input");
    const rendered = document.body.dataset.rendered;
    const start = performance.now();
    box.click();
    await new Promise((done) => { const check = () => document.body.dataset.rendered !== rendered ? done() : requestAnimationFrame(check); check(); });
    return performance.now() - start;
  })()`)) as number;
  times.push(Math.round(ms));
}
const { profile } = await cdp.send("Profiler.stop");
writeFileSync(`/tmp/nbw/chrome-${synthetic ? "syn" : "real"}.cpuprofile`, JSON.stringify(profile));
console.log(times.join(" "), await page.evaluate(() => document.body.dataset.sectionMs));
await browser.close();
await server.close();

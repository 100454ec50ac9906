import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { findChromium } from "./findChromium";

/** A page of the notebook in headless Chromium, with every problem it reports. */
export interface NotebookPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Page errors, console errors and requests to other hosts, as text. */
  readonly problems: string[];
}

/**
 * Launches Chromium headless: the one `findChromium` finds (PARCOMMS_CHROMIUM,
 * a system Chrome or Chromium, or the one from the npm registry). The flags
 * keep it off the network, which this machine and CI do not have.
 */
export async function launch(): Promise<Browser> {
  const found = await findChromium();
  return chromium.launch({
    executablePath: found.executablePath,
    env: { ...process.env, ...found.env },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    headless: true,
  });
}

/**
 * Opens a fresh context (own storage) on the notebook: every request to a host
 * other than the local server is aborted and recorded, and so is every page
 * error and console error.
 */
export async function openNotebook(browser: Browser, base: string, fragment = ""): Promise<NotebookPage> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  const problems: string[] = [];
  const origin = new URL(base).origin;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (error) =>
    problems.push(`pageerror: ${error.message} (#${fragment})\n${error.stack ?? ""}`),
  );
  page.on("console", (message) => {
    // tesseract's engine notes, on loading the Vietnamese model, the legacy engine's parameters its
    // LSTM-only build does not have ("Warning: Parameter not found: …"): its own stderr, not a fault.
    if (message.type() === "error" && !/^Warning: Parameter not found: \w+$/.test(message.text()))
      problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${base}${fragment ? `#${fragment}` : ""}`);
  return { page, context, problems };
}

/** Waits until the notebook has finished an update after `after` (its `data-rendered` counter). */
export async function rendered(page: Page, after = 0): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => {
      const v = Number(document.body.dataset.rendered ?? "0");
      return v > n ? v : false;
    },
    after,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launch, type NotebookPage, openNotebook } from "./openBrowser";
import { serveDist } from "./serveDist";

/** What {@link notebookSession} gives a test file. */
export interface NotebookSession {
  /** Opens the served notebook (`search` after its address, then `fragment`) and keeps the page for the final check. */
  open(fragment?: string, search?: string): Promise<NotebookPage>;
}

/**
 * The hooks every browser test file needs: the built notebook served, one
 * Chromium launched, and at the end a check that every page opened through
 * `open` ran without a page error, a console error or a request elsewhere.
 *
 * @returns the session: `open`
 * @example
 * const session = notebookSession();
 * it("…", async () => { const { page } = await session.open("units="); … });
 */
export function notebookSession(): NotebookSession {
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: Browser | undefined;
  const opened: NotebookPage[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    const problems = opened.flatMap((nb) => nb.problems);
    await browser?.close();
    await server?.close();
    expect(problems).toEqual([]);
  });

  const started = () => {
    if (!server || !browser)
      throw new Error("notebookSession: the browser is not launched yet (use it inside a test)");
    return { server, browser };
  };
  return {
    async open(fragment = "", search = "") {
      const { server, browser } = started();
      const nb = await openNotebook(browser, `${server.url}${search}`, fragment);
      opened.push(nb);
      return nb;
    },
  };
}

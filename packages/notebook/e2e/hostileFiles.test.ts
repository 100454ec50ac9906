import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type HostileFile, hostileFiles } from "@parcomms/hostile-tests/files";
import { HOSTILE_MARKUP } from "@parcomms/hostile-tests/markup";
import { readPlanFilesAsync } from "@parcomms/ingest";
import { plan003 } from "@parcomms/sample-data";
import { csvParseRows } from "d3-dsv";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { dropFiles } from "./_lib/dropFiles";
import { CLEAN, injected } from "./_lib/injected";
import { notebookSession } from "./_lib/notebookSession";
import { rendered } from "./_lib/openBrowser";

/**
 * The hostile files of the command line's table (tests/hostile, the same
 * builders: `@parcomms/hostile-tests/files`) dropped on the notebook in
 * Chromium, in three batches, each with a good seed plan. For each bad file
 * the page shows the message its reader gives (the Vietnamese text of the
 * coded issue, as `readPlanFilesAsync` gives it in Node for the same bytes),
 * the good plan is listed and can be compared, a click still works, and the
 * session ends with no page error and no console error (`notebookSession`).
 *
 * Rows of the table with no browser form are not here: a FIFO, a device
 * (`/dev/zero`) and a folder that cannot be listed are things of a file
 * system a page never sees (it gets a `File`'s bytes); terminal escapes
 * concern a terminal, and the page shows text as text (the markup row);
 * `--lang` after `--` is a command line's. Formula cells are checked in the
 * page's own CSV export (the comparison table). The file that hangs a reader, and a kept file set aside
 * on restore, are in hostile.test.ts.
 */
interface BrowserRow {
  readonly make: () => HostileFile;
  /** The code of the first error the reader gives, shown on the page; none for a file read whole. */
  readonly code?: string;
}

// biome-ignore format: one row a line
const BATCHES: readonly (readonly BrowserRow[])[] = [
  [
    { make: hostileFiles.zipBombDocx, code: "ingest.inflated-too-large" },
    { make: hostileFiles.zipBombOdt, code: "ingest.inflated-too-large" },
    { make: hostileFiles.numbers, code: "structure.invalid-type" },
    { make: hostileFiles.utf16NoBom },
  ],
  [
    { make: hostileFiles.damagedDocx, code: "io.bad-docx" },
    { make: hostileFiles.damagedPdf, code: "ingest.pdf-damaged" },
    { make: hostileFiles.damagedPng, code: "ingest.image-damaged" },
    { make: hostileFiles.damagedJpg, code: "ingest.image-damaged" },
  ],
  [
    { make: hostileFiles.markupPlan },
    { make: hostileFiles.formulaPlan },
    { make: hostileFiles.frequencyZero, code: "structure.too-small" },
    { make: hostileFiles.repetitiveText, code: "io.not-a-plan" },
  ],
];

const sampleData = createRequire(import.meta.url);
/** The good plan of each batch: seeds 002, 003 and 004 as JSON, under ids of their own so they are not the real plans. */
const GOOD = ["002_9c9d59d1a9d0f229", "003_c2f82bd70c212939", "004_f3b844502d811123"].map((seed, i) => {
  const plan = JSON.parse(
    readFileSync(sampleData.resolve(`@parcomms/sample-data/data/plans/${seed}.json`), "utf8"),
  );
  plan.id = `tot-${i + 1}`;
  return { file: { name: `tot-${i + 1}.json`, bytes: new TextEncoder().encode(JSON.stringify(plan)) }, plan };
});

/** The name of plan 003's focal point (cơ quan đầu mối), office `noi-vu`. */
const PLAN_003_FOCAL = plan003.offices.find((office) => office.id === plan003.focalPoint?.ref)?.name;

const session = notebookSession();

/** What the page shows for the user's files: each listed file's text, each problem file's text. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const byAttribute = (selector: string, attribute: string) =>
      Object.fromEntries(
        [...document.querySelectorAll(selector)].map((li) => [
          li.getAttribute(attribute),
          li.textContent ?? "",
        ]),
      );
    return {
      /** The reading's state, shown until the next reading: "reading", "done" or "cancelled" (none before any). */
      reading: document.querySelector<HTMLElement>("#reading [data-state]")?.dataset.state ?? null,
      files: byAttribute("#data .files li[data-file]", "data-file"),
      problems: byAttribute("#data .problems li[data-problem-file]", "data-problem-file"),
    };
  });
}

/** The first error the reader gives for `file` in Node, as the page writes it: its JSON Pointer, then its Vietnamese message. */
async function expectedProblem(file: HostileFile, code: string): Promise<string> {
  const result = await readPlanFilesAsync([{ name: file.name, bytes: file.bytes }], { validate: true });
  const first = result.issues.find((issue) => issue.severity === "error");
  expect(first?.code).toBe(code);
  return `${first?.path ? `${first.path} ` : ""}${first?.message.vi}`;
}

/** Searches for the plan's unit, ticks it and waits for the comparison to show it: the page still answers. */
async function compareGood(page: Page, plan: { id: string; unit: { name: string } }): Promise<void> {
  await page.locator("#unit-search").fill(plan.unit.name);
  const box = page.locator(`#unit-list input[data-plan='${plan.id}']`);
  await expect.poll(() => box.count(), { timeout: 30_000 }).toBe(1);
  await box.check();
  await expect
    .poll(() => page.locator("#compare thead").textContent(), { timeout: 30_000 })
    .toContain(plan.unit.name);
  await box.uncheck();
}

describe("the hostile files of tests/hostile in the notebook (Chromium)", { timeout: 240_000 }, () => {
  it("answers each bad file with its reader's message, still reads the good plan dropped with it, and stays responsive", async () => {
    const { page } = await session.open();
    await rendered(page);
    for (const [i, batch] of BATCHES.entries()) {
      const good = GOOD[i];
      if (!good) throw new Error(`no good plan for batch ${i + 1}`);
      const files = batch.map((row) => ({ ...row, file: row.make() }));
      const expected = new Map<string, string>();
      for (const row of files)
        if (row.code) expected.set(row.file.name, await expectedProblem(row.file, row.code));

      await dropFiles(
        page,
        [...files.map((row) => row.file), good.file].map((file) => ({
          name: file.name,
          base64: Buffer.from(file.bytes).toString("base64"),
        })),
      );
      // Read to the end: nothing being read, the good file listed, every bad one with its problem.
      await expect
        .poll(
          async () => {
            const now = await shown(page);
            return {
              batch: i + 1,
              reading: now.reading,
              good: good.file.name in now.files,
              waiting: [...expected.keys()].filter((f) => !(f in now.problems)),
            };
          },
          { timeout: 120_000 },
        )
        .toMatchObject({ batch: i + 1, reading: "done", good: true, waiting: [] });

      const now = await shown(page);
      expect(now.files[good.file.name]).toContain("1 kế hoạch");
      for (const row of files) {
        const message = expected.get(row.file.name);
        if (message) expect(now.problems[row.file.name], row.file.name).toContain(message);
        else {
          expect(now.problems[row.file.name], row.file.name).toBeUndefined();
          expect(now.files[row.file.name], row.file.name).toContain("1 kế hoạch");
        }
      }
      await compareGood(page, good.plan);
    }

    // The plan with markup in every field (batch 3): listed with its unit name as written, nothing injected.
    await page.locator("#unit-search").fill("Gia Tân");
    await expect.poll(() => page.locator("#unit-list").textContent()).toContain(HOSTILE_MARKUP.field.trim());
    expect(await injected(page)).toEqual(CLEAN);

    // The plan whose texts start as formulas (batch 3), compared and exported as CSV: no cell starts as a formula.
    await page.locator("#unit-list input[data-plan='plan-formulas']").check();
    await expect
      .poll(() => page.locator("#compare tbody").textContent())
      .toContain(`+84 912 345 678 ${PLAN_003_FOCAL}`);
    const download = page.waitForEvent("download");
    await page.locator("#compare .export[data-export='csv']").click();
    const csv = readFileSync((await (await download).path()) ?? "", "utf8").replace(/^\uFEFF/, "");
    const cells = csvParseRows(csv).flat();
    // Its focal point is office 1, whose name starts "+84 912 345 678 ": kept as text behind a quote.
    expect(cells).toContain(`'+84 912 345 678 ${PLAN_003_FOCAL}`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toEqual([]);
  });
});

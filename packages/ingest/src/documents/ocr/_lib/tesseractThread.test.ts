import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedText } from "@parcomms/sample-data";
import { afterAll, describe, expect, it } from "vitest";
import { damagedLanguageData } from "../../../testing/damagedLanguageData";
import { renderScan } from "../../../testing/renderScan";
import { startTesseractThread } from "./tesseractThread";

const root = mkdtempSync(join(tmpdir(), "parcomms-thread-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const good = (
  createRequire(import.meta.url)("@tesseract.js-data/vie") as { langPath: string }
).langPath.replace(/4\.0\.0$/u, "4.0.0_best_int");
const config = { lang: "vie", langPath: good, oem: 1, psm: "3", linePsm: "7" };

/** A promise and its resolver (Node 20 has no Promise.withResolvers). */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

// Starting tesseract takes a second or more on two busy cores: a ceiling, not a measure of speed.
describe("startTesseractThread", { timeout: 120_000 }, () => {
  it("rejects with tesseract's reason when it cannot load data that looked right (its createWorker never settles then)", async () => {
    const at = join(root, "unloadable");
    mkdirSync(at);
    writeFileSync(join(at, "vie.traineddata.gz"), damagedLanguageData("unloadable"));
    await expect(startTesseractThread({ ...config, langPath: at })).rejects.toThrow(/Aborted\(\)/u);
  });

  it("stops while tesseract waits for data that never comes, when the signal aborts (a time limit): its thread and connection end", async () => {
    // a server that takes the request for vie.traineddata.gz and never answers: tesseract's createWorker hangs there
    const asked = signal();
    const closed = signal();
    const server = createServer((request) => {
      expect(request.url).toBe("/lang/vie.traineddata.gz");
      request.socket.on("close", () => closed.resolve());
      asked.resolve();
    });
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const { port } = server.address() as AddressInfo;
    try {
      const limit = new AbortController();
      const started = startTesseractThread(
        { ...config, langPath: `http://127.0.0.1:${port}/lang` },
        limit.signal,
      );
      await asked.promise;
      limit.abort(new Error("time limit of OCR"));
      await expect(started).rejects.toThrow("time limit of OCR");
      // the thread is gone, and tesseract's worker inside it: the connection it held is closed
      await closed.promise;
    } finally {
      server.close();
    }
  });

  it("does not start when the signal has already aborted", async () => {
    await expect(startTesseractThread(config, AbortSignal.abort(new Error("already")))).rejects.toThrow(
      "already",
    );
  });

  it("recognises a page sent to it, then stops for good when terminated", async () => {
    const line = seedText("003_c2f82bd70c212939.txt").split("\n")[1] ?? ""; // 003:2, the title
    const scan = await renderScan(line, { dpi: 200, format: "png" });
    const thread = await startTesseractThread(config);
    const data = await thread.recognise(scan.bytes, 200);
    const words = (data.blocks ?? []).flatMap((block) =>
      (block.paragraphs ?? []).flatMap((paragraph) => (paragraph.lines ?? []).map((l) => l.text.trim())),
    );
    expect(words.join(" ")).toContain("Tuyên truyền cải cách hành chính");
    // a page tesseract cannot read fails that call alone, with tesseract's reason; the thread reads on
    const bad = thread.recognise(new TextEncoder().encode("not an image"), 200);
    await expect(bad).rejects.toThrow();
    await expect(bad).rejects.not.toThrow("the OCR thread stopped");
    expect((await thread.recognise(scan.bytes, 200)).blocks?.length).toBeGreaterThan(0);
    await thread.terminate();
    await expect(thread.recognise(scan.bytes, 200)).rejects.toThrow("the OCR thread stopped");
  });
});

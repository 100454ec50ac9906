import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { damagedLanguageData } from "../../../testing/damagedLanguageData";
import { languageDataFailure, MAX_LANGUAGE_DATA_BYTES } from "./languageDataFailure";

const root = mkdtempSync(join(tmpdir(), "parcomms-lang-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder holding `vie.traineddata.gz` with the given bytes. */
function folder(name: string, bytes?: Uint8Array): string {
  const at = join(root, name);
  mkdirSync(at, { recursive: true });
  if (bytes) writeFileSync(join(at, "vie.traineddata.gz"), bytes);
  return at;
}

describe("languageDataFailure", () => {
  it("names a missing file by its path and the system's reason", async () => {
    const at = folder("empty");
    expect(await languageDataFailure(at, "vie")).toEqual({
      failure: "ingest.ocr-data-missing",
      params: {
        path: join(at, "vie.traineddata.gz"),
        reason: `ENOENT: no such file or directory, stat '${join(at, "vie.traineddata.gz")}'`,
      },
    });
  });

  it("names a folder where the file should be", async () => {
    const at = folder("a-folder");
    mkdirSync(join(at, "vie.traineddata.gz"));
    expect(await languageDataFailure(`${at}/`, "vie")).toMatchObject({
      failure: "ingest.ocr-data-missing",
      params: {
        path: join(at, "vie.traineddata.gz"),
        reason: `not a regular file: ${join(at, "vie.traineddata.gz")}`,
      },
    });
  });

  it("stops waiting for a server that never answers when the signal aborts, and asks again next time", async () => {
    // fetch as in a browser whose server takes the request and never answers (the tests have no network)
    const asked: string[] = [];
    vi.stubGlobal("fetch", (url: string, init?: RequestInit) => {
      asked.push(url);
      return new Promise((_, reject) =>
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
      );
    });
    try {
      const url = "http://127.0.0.1:4173/documents/ocr/lang";
      const limit = new AbortController();
      const waiting = languageDataFailure(url, "vie", limit.signal);
      limit.abort(new Error("time limit of OCR"));
      expect(await waiting).toEqual({
        failure: "ingest.ocr-data-missing",
        params: { path: `${url}/vie.traineddata.gz`, reason: "time limit of OCR" },
      });
      // the stopped check was not kept: the next read asks again
      const again = new AbortController();
      const second = languageDataFailure(url, "vie", again.signal);
      again.abort(new Error("cancelled"));
      expect((await second)?.params?.reason).toBe("cancelled");
      expect(asked).toEqual([`${url}/vie.traineddata.gz`, `${url}/vie.traineddata.gz`]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("refuses a file over the size limit without reading it", async () => {
    const at = folder("huge", new Uint8Array([0x1f, 0x8b]));
    truncateSync(join(at, "vie.traineddata.gz"), MAX_LANGUAGE_DATA_BYTES + (5 << 20)); // sparse: nothing written
    expect(await languageDataFailure(at, "vie")).toEqual({
      failure: "ingest.ocr-data-too-large",
      params: { path: join(at, "vie.traineddata.gz"), size: "105 MB", limit: "100 MB" },
    });
  });

  it("reads each file once per process: the second question gets the first answer", async () => {
    const at = folder("cut", damagedLanguageData("truncated"));
    const first = languageDataFailure(at, "vie");
    expect(languageDataFailure(at, "vie")).toBe(first);
    expect((await first)?.failure).toBe("ingest.ocr-data-truncated");
    // repairing the file later does not change the answer of this process
    writeFileSync(join(at, "vie.traineddata.gz"), damagedLanguageData("unloadable"));
    expect((await languageDataFailure(at, "vie"))?.failure).toBe("ingest.ocr-data-truncated");
    expect(
      await languageDataFailure(folder("fresh", damagedLanguageData("unloadable")), "vie"),
    ).toBeUndefined();
  });
});

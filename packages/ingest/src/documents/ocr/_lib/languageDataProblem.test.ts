import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { damagedLanguageData } from "../../../testing/damagedLanguageData";
import { languageDataProblem } from "./languageDataProblem";

const AT = "/data/vie.traineddata.gz";
const fast = (createRequire(import.meta.url)("@tesseract.js-data/vie") as { langPath: string }).langPath;

/** A table of contents of `entries` int64 offsets over `tail` bytes of body. */
function contents(entries: number, offsets: Record<number, number>, tail = 64): Uint8Array {
  const body = Buffer.alloc(4 + 8 * entries + tail);
  body.writeInt32LE(entries, 0);
  for (let entry = 0; entry < entries; entry++)
    body.writeBigInt64LE(BigInt(offsets[entry] ?? -1), 4 + 8 * entry);
  return new Uint8Array(gzipSync(body));
}

describe("languageDataProblem", () => {
  it("finds nothing wrong with the real models of @tesseract.js-data/vie (best_int and fast)", async () => {
    for (const model of ["4.0.0_best_int", "4.0.0"]) {
      const bytes = new Uint8Array(
        readFileSync(join(fast.replace(/4\.0\.0$/u, model), "vie.traineddata.gz")),
      );
      expect(await languageDataProblem(bytes, AT)).toBeUndefined();
    }
  });

  it("takes bare traineddata too (as tesseract.js does): a file a server sent with Content-Encoding: gzip arrives inflated", async () => {
    const real = readFileSync(join(fast.replace(/4\.0\.0$/u, "4.0.0_best_int"), "vie.traineddata.gz"));
    expect(await languageDataProblem(new Uint8Array(gunzipSync(real)), AT)).toBeUndefined();
    expect(await languageDataProblem(new Uint8Array(gunzipSync(real)).slice(0, 100_000), AT)).toEqual({
      failure: "ingest.ocr-data-not-gzip",
      params: { path: AT },
    });
  });

  it("names a file cut short: the gzip stream ends before its end", async () => {
    expect(await languageDataProblem(damagedLanguageData("truncated"), AT)).toEqual({
      failure: "ingest.ocr-data-truncated",
      params: { path: AT, reason: "unexpected end of file" },
    });
  });

  it("names a file that is not gzip: an error page, an empty file, a bare traineddata", async () => {
    const notGzip = { failure: "ingest.ocr-data-not-gzip", params: { path: AT } };
    expect(await languageDataProblem(damagedLanguageData("not-gzip"), AT)).toEqual(notGzip);
    expect(await languageDataProblem(new Uint8Array(0), AT)).toEqual(notGzip);
    expect(await languageDataProblem(new Uint8Array([0x1f, 0x8b]), AT)).toEqual(notGzip);
  });

  it("names gzip that does not inflate to a traineddata table of contents", async () => {
    const wrong = { failure: "ingest.ocr-data-not-traineddata", params: { path: AT } };
    expect(await languageDataProblem(damagedLanguageData("not-traineddata"), AT)).toEqual(wrong);
    expect(await languageDataProblem(new Uint8Array(gzipSync(new Uint8Array(0))), AT)).toEqual(wrong);
    // too many entries, none present, an offset past the end, offsets out of order
    expect(await languageDataProblem(contents(25, { 0: 204 }), AT)).toEqual(wrong);
    expect(await languageDataProblem(contents(24, {}), AT)).toEqual(wrong);
    expect(await languageDataProblem(contents(24, { 0: 196, 17: 10_000 }), AT)).toEqual(wrong);
    expect(await languageDataProblem(contents(24, { 0: 220, 17: 200 }), AT)).toEqual(wrong);
    // well formed: the first entry right after the table, the LSTM model (17) after it
    expect(await languageDataProblem(contents(24, { 0: 196, 17: 204 }), AT)).toBeUndefined();
    expect(await languageDataProblem(damagedLanguageData("unloadable"), AT)).toBeUndefined();
  });
});

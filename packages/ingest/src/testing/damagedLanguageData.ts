import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** How a `vie.traineddata.gz` is spoiled by {@link damagedLanguageData}. */
export type LanguageDataDamage = "truncated" | "not-gzip" | "not-traineddata" | "unloadable";

/** Tesseract's number of table-of-contents entries, and the LSTM model's entry. */
const ENTRIES = 24;
const LSTM = 17;

/**
 * The bytes of a spoiled `vie.traineddata.gz`, for tests of OCR whose
 * language data is bad: `truncated` — the real `best_int` file of
 * `@tesseract.js-data/vie` cut to a fifth; `not-gzip` — a page of text (as a
 * server's error page would be); `not-traineddata` — gzip of a sentence;
 * `unloadable` — gzip of a well-formed table of contents over noise, which
 * passes every check made before tesseract.js and that tesseract cannot
 * load (its WebAssembly aborts).
 *
 * @param damage - how the data is spoiled
 * @returns the file's bytes
 * @example
 * writeFileSync(join(folder, "vie.traineddata.gz"), damagedLanguageData("truncated"));
 * process.env.PARCOMMS_OCR_LANG_PATH = folder;
 */
export function damagedLanguageData(damage: LanguageDataDamage): Uint8Array {
  switch (damage) {
    case "truncated": {
      const real = readFileSync(realLanguageDataPath());
      return new Uint8Array(real.subarray(0, Math.floor(real.length / 5)));
    }
    case "not-gzip":
      return new TextEncoder().encode("<html><body>404 — không tìm thấy tệp</body></html>\n");
    case "not-traineddata":
      return new Uint8Array(gzipSync("Đây không phải dữ liệu huấn luyện của Tesseract.\n"));
    case "unloadable": {
      const table = 4 + 8 * ENTRIES;
      const body = Buffer.alloc(table + 64);
      body.writeInt32LE(ENTRIES, 0);
      for (let entry = 0; entry < ENTRIES; entry++) body.writeBigInt64LE(-1n, 4 + 8 * entry);
      body.writeBigInt64LE(BigInt(table), 4);
      body.writeBigInt64LE(BigInt(table + 8), 4 + 8 * LSTM);
      for (let index = table; index < body.length; index++) body[index] = (index * 37) & 0xff;
      return new Uint8Array(gzipSync(body));
    }
  }
}

/** The real `vie.traineddata.gz` (`4.0.0_best_int`) in node_modules. */
function realLanguageDataPath(): string {
  const fast = (createRequire(import.meta.url)("@tesseract.js-data/vie") as { langPath: string }).langPath;
  return join(fast.replace(/4\.0\.0$/u, "4.0.0_best_int"), "vie.traineddata.gz");
}

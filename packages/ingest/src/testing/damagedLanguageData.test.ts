import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { damagedLanguageData } from "./damagedLanguageData";

describe("damagedLanguageData", () => {
  it("cuts the real best_int model to a fifth, keeping its gzip signature", () => {
    const cut = damagedLanguageData("truncated");
    expect(cut.length).toBe(Math.floor(1423003 / 5)); // 4.0.0_best_int/vie.traineddata.gz is 1,423,003 bytes
    expect([...cut.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(() => gunzipSync(cut)).toThrow("unexpected end of file");
  });

  it("gives an error page, gzip of a sentence, and a table of contents over noise", () => {
    expect(new TextDecoder().decode(damagedLanguageData("not-gzip"))).toMatch(/^<html>/u);
    expect(gunzipSync(damagedLanguageData("not-traineddata")).toString("utf8")).toBe(
      "Đây không phải dữ liệu huấn luyện của Tesseract.\n",
    );
    const data = gunzipSync(damagedLanguageData("unloadable"));
    expect(data.readInt32LE(0)).toBe(24);
    expect(data.readBigInt64LE(4)).toBe(196n); // entry 0 right after the table
    expect(data.readBigInt64LE(4 + 8 * 17)).toBe(204n); // the LSTM model
    expect(data.length).toBe(196 + 64);
    // the same bytes every time
    expect(damagedLanguageData("unloadable")).toEqual(damagedLanguageData("unloadable"));
  });
});

import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { damageVariants, VARIANT_NAMES } from "./damageVariants";

const text = seedText("001_ec564b67ad28c11a.txt");
const cleanLines = text.split("\n");
const variants = damageVariants(text, { seed: 11, header: "KẾ HOẠCH CCHC 2024" });
const squeeze = (t: string) => t.normalize("NFC").replace(/\s+/g, "");

describe("damageVariants", () => {
  it("gives every variant, clean first", () => {
    expect(variants.map((v) => v.name)).toEqual([...VARIANT_NAMES]);
    expect(variants[0]?.text).toBe(text);
  });

  it("maps every line back to a clean line whose text contains it", () => {
    for (const variant of variants) {
      const lines = variant.text.split(/\r?\n/);
      expect(variant.cleanLine).toHaveLength(lines.length);
      lines.forEach((line, i) => {
        const from = variant.cleanLine[i] ?? 0;
        if (from > 0) expect(squeeze(cleanLines[from - 1] ?? "")).toContain(squeeze(line));
      });
    }
  });

  it("maps 001:157 (appendix row 4) to its wrapped pieces in the combined variant", () => {
    const all = variants.find((v) => v.name === "all");
    const pieces = all?.cleanLine.filter((l) => l === 157).length ?? 0;
    expect(pieces).toBeGreaterThan(1);
  });

  it("preserves the content of every variant modulo whitespace and furniture", () => {
    for (const variant of variants) {
      const lines = variant.text.split(/\r?\n/).filter((_, i) => (variant.cleanLine[i] ?? 0) > 0);
      expect(squeeze(lines.join("\n"))).toBe(squeeze(text));
    }
  });
});

import { describe, expect, it } from "vitest";
import { messages } from "./messages";
import { t } from "./t";

describe("t", () => {
  it("fills placeholders and formats numbers per language", () => {
    expect(t("en", "data.filePlans", { count: 10794 })).toBe("10,794 plans");
    expect(t("vi", "data.filePlans", { count: 10794 })).toBe("10.794 kế hoạch");
  });

  it("leaves an unknown placeholder visible rather than dropping it", () => {
    expect(t("en", "data.tooLarge", { file: "a.json" })).toBe(
      "File a.json is too large ({size} MB); the limit is 50 MB. Everything else is unchanged.",
    );
  });

  it("has the same placeholders in both languages for every message", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(messages)) {
      expect(names(text.vi), key).toEqual(names(text.en));
    }
  });
});

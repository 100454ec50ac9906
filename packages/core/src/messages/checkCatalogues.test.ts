import { describe, expect, it } from "vitest";
import { checkCatalogues } from "./checkCatalogues";
import type { MessageCatalogue } from "./MessageCatalogue";

describe("checkCatalogues", () => {
  it("finds nothing wrong in sound catalogues", () => {
    expect(
      checkCatalogues({
        a: { "a.one": { vi: "Nhiệm vụ {ref}", en: "Task {ref}" } },
        b: { "b.one": { vi: "{year}: {count} kế hoạch", en: "{count} plans in {year}" } },
      }),
    ).toEqual([]);
  });

  it("reports a code without Vietnamese or English text, or with blank text", () => {
    const broken = {
      "x.no-en": { vi: "Có" },
      "x.blank-vi": { vi: "  ", en: "Yes" },
      "x.not-text": { vi: 1, en: null },
      "x.not-an-entry": "text",
    } as unknown as MessageCatalogue;
    expect(checkCatalogues({ broken })).toEqual([
      { problem: "missing-text", catalogue: "broken", code: "x.blank-vi", language: "vi" },
      { problem: "missing-text", catalogue: "broken", code: "x.no-en", language: "en" },
      { problem: "missing-text", catalogue: "broken", code: "x.not-an-entry", language: "vi" },
      { problem: "missing-text", catalogue: "broken", code: "x.not-an-entry", language: "en" },
      { problem: "missing-text", catalogue: "broken", code: "x.not-text", language: "vi" },
      { problem: "missing-text", catalogue: "broken", code: "x.not-text", language: "en" },
    ]);
  });

  it("reports a code two catalogues define, naming both", () => {
    expect(
      checkCatalogues({
        charts: { unit: { vi: "Đơn vị", en: "Unit" } },
        notebook: { unit: { vi: "Đơn vị", en: "Unit" }, other: { vi: "Khác", en: "Other" } },
      }),
    ).toEqual([{ problem: "duplicate-code", code: "unit", catalogues: ["charts", "notebook"] }]);
  });

  it("reports placeholders that differ between the languages, whatever their order", () => {
    expect(
      checkCatalogues({
        m: {
          "m.same": { vi: "{b} rồi {a}", en: "{a} then {b} and {a}" },
          "m.renamed": { vi: "Năm {nam}", en: "Year {year}" },
          "m.dropped": { vi: "Phụ lục: dòng {row}", en: "Appendix: a row" },
        },
      }),
    ).toEqual([
      { problem: "params-differ", catalogue: "m", code: "m.dropped", vi: ["row"], en: [] },
      { problem: "params-differ", catalogue: "m", code: "m.renamed", vi: ["nam"], en: ["year"] },
    ]);
  });
});

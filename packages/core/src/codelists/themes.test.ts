import { describe, expect, it } from "vitest";
import { matchThemes } from "../classify/matchThemes";
import { themes } from "./themes";

describe("themes", () => {
  it("has a fixed top level: the six reform areas, steering, and the cross-cutting themes", () => {
    expect(themes.entries.filter((e) => e.parent === undefined).map((e) => e.code)).toEqual([
      // The six areas of Nghị quyết 76/NQ-CP.
      "institutions",
      "procedures",
      "apparatus",
      "civil-service",
      "public-finance",
      "digital-government",
      // PAR INDEX field 1.
      "steering",
      // Cross-cutting themes named in DOMAIN.md, then the ones the seeds add.
      "policy",
      "leadership",
      "importance",
      "results",
      "indices",
      "one-stop-shop",
      "online-services",
      "project-06",
      "digital-transformation",
      "decentralisation",
      "discipline",
      "anti-corruption",
      "models-initiatives",
      "hotlines-feedback",
      "procedure-posting",
      "satisfaction",
      "grassroots-democracy",
      "iso-9001",
      "investment-climate",
      "emulation",
      "citizen-rights",
    ]);
  });

  it("keeps the Nghị quyết 30c names of two reform areas as former names", () => {
    expect(themes.entries.filter((e) => e.formerNames).map((e) => [e.code, e.formerNames])).toEqual([
      [
        "civil-service",
        [
          "xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
          "xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
        ],
      ],
      ["digital-government", ["hiện đại hóa hành chính", "hiện đại hóa nền hành chính"]],
    ]);
  });

  it("matches every former name to its own code through matchThemes", () => {
    for (const entry of themes.entries) {
      for (const name of entry.formerNames ?? []) expect(matchThemes(name)).toContain(entry.code);
    }
  });

  it("has the PAR INDEX and the other indices under `indices`", () => {
    expect(themes.entries.filter((e) => e.parent === "indices").map((e) => e.code)).toEqual([
      "indices.par-index",
      "indices.sipas",
      "indices.papi",
      "indices.pci",
      "indices.ddci",
      "indices.dti",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { checkCatalogues } from "./checkCatalogues";
import { messageCatalogues } from "./messageCatalogues";

describe("messageCatalogues", () => {
  it("holds core's four catalogues, each with codes", () => {
    expect(Object.keys(messageCatalogues)).toEqual([
      "core/validation",
      "core/parse",
      "core/extraction",
      "core/compliance",
    ]);
    for (const catalogue of Object.values(messageCatalogues)) {
      expect(Object.keys(catalogue).length).toBeGreaterThan(5);
    }
  });

  it("gives every code a Vietnamese and an English text with the same placeholders, and no code twice", () => {
    expect(checkCatalogues(messageCatalogues)).toEqual([]);
  });
});

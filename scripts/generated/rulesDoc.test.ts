import { rules } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { renderRulesDoc } from "./rulesDoc";

describe("docs/rules.md", () => {
  it("has one section per code of the catalogue, 003:430 among the examples", () => {
    const doc = renderRulesDoc();
    const headings = [...doc.matchAll(/^### `([^`]+)`$/gm)].map((m) => m[1]);
    expect([...headings].sort()).toEqual(Object.keys(rules).sort());
    expect(doc).toContain("**Example** (003_c2f82bd70c212939.txt:430).");
  });
});

import { channels, themes } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { renderGlossaryDoc } from "./glossaryDoc";

describe("docs/glossary.md", () => {
  const doc = renderGlossaryDoc();

  it("names the levels, eras and unit kinds in both languages", () => {
    expect(doc).toContain("| Cấp xã | Commune | `commune` |");
    expect(doc).toContain(
      "| Chính quyền hai cấp (từ 01/7/2025) | Two tiers (from 1 July 2025) | `two-tier` |",
    );
    expect(doc).toContain("| tin/bài | articles | `article` |");
  });

  it("has one row for every theme and channel of the codelists, with their labels", () => {
    for (const entry of [...themes.entries, ...channels.entries]) {
      expect(doc).toContain(`| ${entry.label.vi} | ${entry.label.en} | \`${entry.code}\` |`);
    }
    expect(doc).toContain("| Cải cách thể chế | Institutional reform | `institutions` |");
  });

  it("links each codelist to its section of the codelist reference", () => {
    expect(doc.match(/\(codelists\.md#[a-z-]+\)/g)).toEqual([
      "(codelists.md#unit-kinds)",
      "(codelists.md#themes)",
      "(codelists.md#channels)",
      "(codelists.md#audiences)",
      "(codelists.md#office-kinds)",
      "(codelists.md#reporting-cadences)",
      "(codelists.md#document-types)",
    ]);
  });
});

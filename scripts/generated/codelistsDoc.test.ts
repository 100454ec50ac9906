import {
  audiences,
  channels,
  documentTypes,
  officeKinds,
  reportingCadences,
  themes,
  unitKinds,
} from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { renderCodelistsDoc } from "./codelistsDoc";

describe("generate-codelists-doc", () => {
  it("has a section per codelist with its id, version, entry count and one table row per entry", () => {
    const doc = renderCodelistsDoc();
    for (const list of [
      themes,
      channels,
      audiences,
      officeKinds,
      unitKinds,
      reportingCadences,
      documentTypes,
    ]) {
      const start = doc.indexOf(`## ${list.id}\n`);
      expect(start).toBeGreaterThan(-1);
      const section = doc.slice(start).split("\n## ")[0] as string;
      expect(section).toContain(
        `- id: \`${list.id}\`\n- version: \`${list.version}\`\n- entries: ${list.entries.length}\n`,
      );
      const rows = section.split("\n").filter((line) => line.startsWith("| `"));
      expect(rows.map((line) => line.split("|")[1]?.trim())).toEqual(
        list.entries.map((e) => `\`${e.code}\``),
      );
    }
  });

  it("renders an entry's code, parent, labels, phrasings and former names in one row", () => {
    const row = (code: string) =>
      renderCodelistsDoc()
        .split("\n")
        .find((line) => line.startsWith(`| \`${code}\` `))
        ?.split("|")
        .slice(1, -1)
        .map((c) => c.trim());
    expect(row("digital-government")).toEqual([
      "`digital-government`",
      "",
      "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
      "E-government and digital government",
      "`chính quyền điện tử`, `chính quyền số`, `chính phủ điện tử`, `chính phủ số`, `ứng dụng công nghệ thông tin`, `môi trường điện tử`, `cơ sở dữ liệu quốc gia`, `chia sẻ dữ liệu`; former names: `hiện đại hóa hành chính`, `hiện đại hóa nền hành chính`",
    ]);
    expect(row("broadcast.mobile-loudspeaker")).toEqual([
      "`broadcast.mobile-loudspeaker`",
      "`broadcast`",
      "Xe loa, tuyên truyền lưu động",
      "Mobile loudspeaker campaigns",
      "`xe loa`, `tuyên truyền lưu động`",
    ]);
  });

  it("pads every table column to its widest cell, as the formatter does", () => {
    const tableLines = renderCodelistsDoc()
      .split("\n")
      .filter((line) => line.startsWith("|"));
    for (const line of tableLines) expect(line.endsWith(" |")).toBe(true);
    const themesTable = tableLines.slice(0, 2 + themes.entries.length);
    expect(new Set(themesTable.map((line) => [...line].length)).size).toBe(1);
  });
});

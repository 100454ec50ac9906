import { describe, expect, it } from "vitest";
import { foldText } from "../_lib/fold";
import { DocumentType } from "../model/LegalReference";
import { type DocumentTypeEntry, documentTypes } from "./documentTypes";

const entries: readonly DocumentTypeEntry[] = documentTypes.entries;

describe("documentTypes", () => {
  it("has exactly the codes of the DocumentType schema", () => {
    expect(entries.map((e) => e.code).sort()).toEqual([...DocumentType.options].sort());
  });

  it("names the types of the Party and of other bodies that plans cite (issue 12)", () => {
    const byCode = Object.fromEntries(entries.map((e) => [e.code, e]));
    expect(byCode["to-trinh"]).toMatchObject({ label: { vi: "Tờ trình" }, symbolCodes: ["TTr"] });
    expect(byCode["bao-cao"]).toMatchObject({ label: { vi: "Báo cáo" }, symbolCodes: ["BC"] });
    expect(byCode["chuong-trinh"]?.phrasings).toContain("chương trình hành động");
    expect(byCode["thong-bao"]?.phrasings).toContain("thông báo kết luận");
    expect(byCode["cong-van"]).toMatchObject({ symbolCodes: [], genericPhrasings: ["văn bản"] });
  });

  it("gives each symbol code to one type, whatever its case", () => {
    const codes = entries.flatMap((e) => e.symbolCodes.map(foldText));
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  it("gives each phrasing, generic ones included, to one type", () => {
    const phrasings = entries.flatMap((e) => [...e.phrasings, ...(e.genericPhrasings ?? [])].map(foldText));
    expect(phrasings.filter((p, i) => phrasings.indexOf(p) !== i)).toEqual([]);
  });

  it("does not take a report, a submission or a letter named without a number for a citation", () => {
    expect(entries.filter((e) => !e.citedByName).map((e) => e.code)).toEqual([
      "cong-van",
      "to-trinh",
      "bao-cao",
    ]);
  });
});
